"""The load driver: ``python -m bench.load < spec.json > results.json``.

It runs in its own process so the server's workers and the client do not share
an interpreter. Each scenario sends a bounded number of GET requests (and stops
early at a time limit) from a fixed number of threads, one new connection per
request as a browser behind a proxy would, only to a loopback address.
"""

import http.client
import ipaddress
import json
import sys
import threading
import time
from urllib.parse import urlsplit

# A request slower than this counts as an error; the scenario goes on.
REQUEST_TIMEOUT = 60


def percentile(sorted_values, share):
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return None
    rank = max(1, round(share * len(sorted_values) + 0.5 - 1e-9))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def _loopback_only(base):
    host = urlsplit(base).hostname or ""
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"refusing to send load to {host}: loopback addresses only")


def _fetch(host, port, path, headers, timeout):
    started = time.perf_counter()
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return time.perf_counter() - started, response.status, len(body)
    finally:
        connection.close()


def run_scenario(base, scenario, concurrency, max_requests, max_seconds, warmup):
    split = urlsplit(base)
    host, port = split.hostname, split.port
    headers = {"Host": f"{host}:{port}", **scenario.get("headers", {})}
    urls = scenario["urls"]
    timeout = REQUEST_TIMEOUT
    warmup_errors = 0
    for i in range(warmup):
        try:
            _fetch(host, port, urls[i % len(urls)], headers, timeout)
        except OSError:
            warmup_errors += 1

    lock = threading.Lock()
    counter = iter(range(max_requests))
    latencies, statuses, sizes = [], {}, []
    errors = []
    deadline = time.monotonic() + max_seconds

    def worker():
        while time.monotonic() < deadline:
            with lock:
                number = next(counter, None)
            if number is None:
                return
            path = urls[number % len(urls)]
            try:
                elapsed, status, size = _fetch(host, port, path, headers, timeout)
            except OSError as error:
                with lock:
                    errors.append(f"{path}: {error}")
                continue
            with lock:
                latencies.append(elapsed)
                sizes.append(size)
                statuses[status] = statuses.get(status, 0) + 1
                if status >= 400:
                    errors.append(f"{path}: HTTP {status}")

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    latencies.sort()
    return {
        "name": scenario["name"],
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "warmup_errors": warmup_errors,
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "p50_ms": _ms(percentile(latencies, 0.50)),
        "p95_ms": _ms(percentile(latencies, 0.95)),
        "p99_ms": _ms(percentile(latencies, 0.99)),
        "rps": round(len(latencies) / wall, 1) if wall else None,
        "mean_bytes": round(sum(sizes) / len(sizes)) if sizes else 0,
        "seconds": round(wall, 2),
    }


def _ms(seconds):
    return None if seconds is None else round(seconds * 1000, 2)


def main():
    spec = json.load(sys.stdin)
    _loopback_only(spec["base"])
    results = [
        run_scenario(
            spec["base"],
            scenario,
            spec.get("concurrency", 4),
            spec.get("requests", 300),
            spec.get("seconds", 15),
            spec.get("warmup", 5),
        )
        for scenario in spec["scenarios"]
    ]
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
