"""Where one page's time goes: ``python -m bench.profile /fr/search/?q=atelier [--member]``.

Run with the bench settings and a corpus database (``DATABASE_URL``). The page
is requested once to warm up, then ``--repeat`` times under cProfile, bypassing
the page cache; the functions with the most cumulative time are printed along
with the SQL query count of one request.
"""

import argparse
import cProfile
import io
import pstats

import django


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--member", action="store_true", help="signed in as a coach")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--lines", type=int, default=30)
    args = parser.parse_args()
    django.setup()

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_CACHE_CONTROL="no-cache")
    if args.member:
        client.force_login(get_user_model().objects.get_or_create(username="bench-member")[0])
    client.get(args.url)
    with CaptureQueriesContext(connection) as captured:
        status = client.get(args.url).status_code
    query_count = len(captured)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.repeat):
        client.get(args.url)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(args.lines)
    print(f"{args.url}: HTTP {status}, {query_count} SQL queries per request")
    print(out.getvalue())


if __name__ == "__main__":
    main()
