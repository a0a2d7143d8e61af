"""``make load``: a bounded, mixed loopback load against gunicorn serving the demo.

It builds the demo in a fresh SQLite file (or, with ``--database-url``, a fresh
PostgreSQL database named after the given one), starts gunicorn with the bench
settings (production on loopback HTTP), signs in a demo coach through the real
login form, then for ``--duration`` seconds (60 by default) sends a mix of
anonymous visits (home, listings, sheets, search) and member visits (half of
them intervision session pages, each audited, the rest their index and sheets)
from a few threads. It reports requests
per second, p50/p95/p99 latency and the error count, stops gunicorn, and exits
non-zero when any request failed. Only loopback addresses are ever contacted.
"""

import argparse
import http.client
import json
import random
import re
import sys
import tempfile
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from .hung import HungCluster
from .load import percentile
from .server import Gunicorn, django_env, fresh_postgres, manage, python_module

MAX_SECONDS = 600
MAX_REQUESTS = 1_000_000
TIMEOUT = 30
# Share of requests per kind of visit; member kinds carry the signed-in session.
MIX = {
    "home": 15,
    "listing": 20,
    "sheet": 25,
    "search": 20,
    "session": 10,
    "intervision-index": 5,
    "member-sheet": 5,
}
MEMBER_KINDS = {"session", "intervision-index", "member-sheet"}
SEARCH_WORDS = ["housing", "logement", "wonen", "guitar", "voisins", "buurt", "work", "santé"]


def probe():
    """Inside Django: the demo's URLs by kind and a demo coach's credentials."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from intervision.access import visible_sessions
    from intervision.models import IntervisionIndexPage
    from kb.demo.users import demo_password
    from kb.home.models import HomePage
    from practices.models import PracticeIndexPage, PracticePage

    def paths(queryset):
        return [urlsplit(page.get_url()).path for page in queryset.live().specific()]

    listings = paths(PracticeIndexPage.objects.all())
    sheets = paths(PracticePage.objects.all())
    return {
        "home": paths(HomePage.objects.all()),
        "listing": [
            *listings,
            *(f"{path}?{urlencode({'domain': 'housing'})}" for path in listings),
        ],
        "sheet": sheets,
        "member-sheet": sheets,
        "search": [
            f"/{language}/search/?{urlencode({'q': word})}"
            for language in ("nl", "fr", "en")
            for word in SEARCH_WORDS
        ],
        # The coach's own sessions: any other session is a 404 to them.
        "session": paths(visible_sessions(get_user_model().objects.get(username="coach"))),
        "intervision-index": paths(IntervisionIndexPage.objects.all()),
        "login": {"username": "coach", "password": demo_password("coach")},
    }


def request(port, method, path, headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def cookies_from(headers):
    jar = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        jar.load(value)
    return {name: morsel.value for name, morsel in jar.items()}


def sign_in(port, credentials):
    """Log in through the real form; returns the Cookie header of the session."""
    _status, headers, page = request(port, "GET", "/en/login/")
    cookies = cookies_from(headers)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    form = urlencode({**credentials, "csrfmiddlewaretoken": token})
    status, headers, _body = request(
        port,
        "POST",
        "/en/login/",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookies['csrftoken']}",
            "Referer": f"http://127.0.0.1:{port}/en/login/",
        },
        body=form,
    )
    session = cookies_from(headers).get("sessionid")
    if status != 302 or not session:
        raise RuntimeError(f"the demo coach could not sign in (HTTP {status})")
    return f"sessionid={session}"


class Recorder:
    """Latencies and failures per kind of visit, shared by the threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {kind: [] for kind in MIX}
        self.errors = []

    def add(self, kind, seconds, failure=None):
        with self.lock:
            self.latencies[kind].append(seconds)
            if failure:
                self.errors.append(failure)


def drive(port, targets, member_cookie, duration, concurrency, seed=7):
    recorder = Recorder()
    kinds = [kind for kind in MIX if targets.get(kind)]
    weights = [MIX[kind] for kind in kinds]
    deadline = time.monotonic() + duration
    budget = iter(range(MAX_REQUESTS))
    budget_lock = threading.Lock()

    def worker(number):
        chooser = random.Random(seed + number)
        while time.monotonic() < deadline:
            with budget_lock:
                if next(budget, None) is None:
                    return
            kind = chooser.choices(kinds, weights)[0]
            path = chooser.choice(targets[kind])
            headers = {"Cookie": member_cookie} if kind in MEMBER_KINDS else {}
            started = time.perf_counter()
            try:
                status, _headers, _body = request(port, "GET", path, headers)
            except OSError as error:
                recorder.add(kind, time.perf_counter() - started, f"{path}: {error}")
                continue
            failure = f"{path}: HTTP {status}" if status >= 400 else None
            recorder.add(kind, time.perf_counter() - started, failure)

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return recorder, time.monotonic() - started


def summarise(recorder, wall):
    def line(latencies):
        ordered = sorted(latencies)
        return {
            "requests": len(ordered),
            "p50_ms": round(percentile(ordered, 0.50) * 1000, 1) if ordered else None,
            "p95_ms": round(percentile(ordered, 0.95) * 1000, 1) if ordered else None,
            "p99_ms": round(percentile(ordered, 0.99) * 1000, 1) if ordered else None,
        }

    everything = [value for values in recorder.latencies.values() for value in values]
    return {
        "seconds": round(wall, 1),
        "rps": round(len(everything) / wall, 1) if wall else 0,
        "errors": len(recorder.errors),
        "error_samples": recorder.errors[:5],
        **line(everything),
        "kinds": {kind: line(values) for kind, values in recorder.latencies.items() if values},
    }


def print_report(report):
    print(f"{'kind':<18} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind, row in report["kinds"].items():
        print(
            f"{kind:<18} {row['requests']:>9} {row['p50_ms']:>8} {row['p95_ms']:>8} "
            f"{row['p99_ms']:>8}"
        )
    print(
        f"{'all':<18} {report['requests']:>9} {report['p50_ms']:>8} {report['p95_ms']:>8} "
        f"{report['p99_ms']:>8}"
    )
    print(f"{report['rps']} requests/s over {report['seconds']} s, {report['errors']} errors")
    for sample in report["error_samples"]:
        print(f"  error: {sample}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (max 600)")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads")
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL URL: the load runs on a fresh database named after it",
    )
    parser.add_argument(
        "--hung-cluster",
        action="store_true",
        help="serve with a search cluster that accepts connections and never answers",
    )
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.probe:
        json.dump(probe(), sys.stdout)
        return 0
    duration = min(max(options.duration, 1), MAX_SECONDS)
    with tempfile.TemporaryDirectory(prefix="ancora-load-") as work:
        work = Path(work)
        database_url = (
            fresh_postgres(options.database_url, "load")
            if options.database_url
            else f"sqlite:///{work / 'demo.sqlite3'}"
        )
        env = django_env(
            database_url,
            {"MEDIA_ROOT": str(work / "media"), "BENCH_STATIC_ROOT": str(work / "static")},
        )
        print("Building the demo (migrate, load_demo, collectstatic)...", flush=True)
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
        manage(env, "collectstatic", "--noinput")
        targets = json.loads(python_module(env, "bench.loadcheck", "--probe"))
        hung = HungCluster() if options.hung_cluster else None
        if hung:
            print(f"Search cluster at {hung.url} accepts and never answers.", flush=True)
            env = {**env, "ELASTICSEARCH_URL": hung.url}
        with Gunicorn(env, work / "gunicorn.log") as server:
            member_cookie = sign_in(server.port, targets.pop("login"))
            print(f"Loading {server.base} for {duration:.0f} s...", flush=True)
            recorder, wall = drive(
                server.port, targets, member_cookie, duration, options.concurrency
            )
        if hung:
            print(f"The hung cluster was asked {hung.connections} time(s).")
            hung.close()
    report = summarise(recorder, wall)
    print_report(report)
    print(json.dumps(report))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
