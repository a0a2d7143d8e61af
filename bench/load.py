"""The load driver: ``python -m bench.load < spec.json > results.json``.

It runs in its own process so the server's workers and the client do not share
an interpreter. Each scenario sends a bounded number of GET requests (and stops
early at a time limit) from a fixed number of threads, one new connection per
request as a browser behind a proxy would, only to a loopback address. Its
warm-up requests go the same way just before and are not counted. A request that
outlasts the scenario's ``timeout`` is given up and counted as a timeout, at
the timeout's duration: the time it would have taken is at least that.
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


def run_scenario(
    base, scenario, concurrency, max_requests, max_seconds, warmup, warmup_seconds=None
):
    split = urlsplit(base)
    target = (split.hostname, split.port)
    headers = {"Host": f"{split.hostname}:{split.port}", **scenario.get("headers", {})}
    timeout = scenario.get("timeout", REQUEST_TIMEOUT)
    load = (target, scenario["urls"], headers, timeout, concurrency)
    warm = _send(*load, warmup, warmup_seconds or max_seconds) if warmup else Tally()
    tally = _send(*load, max_requests, max_seconds)
    latencies = sorted(tally.latencies)
    return {
        "name": scenario["name"],
        "requests": len(latencies),
        "errors": len(tally.errors),
        "timeouts": tally.timeouts,
        "error_samples": tally.errors[:5],
        "warmup_requests": len(warm.latencies),
        "warmup_errors": len(warm.errors),
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items())},
        "p50_ms": _ms(percentile(latencies, 0.50)),
        "p95_ms": _ms(percentile(latencies, 0.95)),
        "p99_ms": _ms(percentile(latencies, 0.99)),
        "rps": round(len(latencies) / tally.wall, 1) if tally.wall else None,
        "mean_bytes": round(sum(tally.sizes) / len(tally.sizes)) if tally.sizes else 0,
        "seconds": round(tally.wall, 2),
    }


class Tally:
    """What the requests of one pass gave."""

    def __init__(self):
        self.latencies, self.sizes, self.errors = [], [], []
        self.statuses = {}
        self.timeouts = 0
        self.wall = 0.0


def _send(target, urls, headers, timeout, concurrency, max_requests, max_seconds):
    """Up to ``max_requests`` GETs of ``urls`` in turn from ``concurrency`` threads."""
    host, port = target
    tally = Tally()
    lock = threading.Lock()
    counter = iter(range(max_requests))
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
            except TimeoutError:
                with lock:
                    tally.timeouts += 1
                    tally.latencies.append(timeout)
                    tally.errors.append(f"{path}: no answer within {timeout} s")
                continue
            except OSError as error:
                with lock:
                    tally.errors.append(f"{path}: {error}")
                continue
            with lock:
                tally.latencies.append(elapsed)
                tally.sizes.append(size)
                tally.statuses[status] = tally.statuses.get(status, 0) + 1
                if status >= 400:
                    tally.errors.append(f"{path}: HTTP {status}")

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tally.wall = time.monotonic() - started
    return tally


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
            spec.get("warmup_seconds"),
        )
        for scenario in spec["scenarios"]
    ]
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
