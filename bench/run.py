"""``make bench``: build corpora, index them in both engines, serve, load, report.

For each corpus size (1,000 and 10,000 sheets; 100,000 more with
``BENCH_SCALE=large``) a fresh database is built with ``generate_corpus``
(SQLite files in a temporary folder, or PostgreSQL databases derived from
``BENCH_DATABASE_URL``). Then, for the database engine and for Elasticsearch
(an osmem-server started here), the search index is rebuilt and timed, gunicorn
serves the site with the bench settings (production plus two reference views)
and ``bench.load`` drives a fixed-concurrency load from its own process.
Results go to ``bench/results/latest.json`` and a table is printed.
``BENCH_SIZES=200,600`` replaces the sizes for a quick trial of the harness;
``BENCH_ENGINES=database`` (or ``elastic``) measures one engine only;
``BENCH_RESUME=<folder of a failed run>`` reuses the SQLite corpora it built.

Each scenario but the peer is measured right after ``BENCH_WARMUP`` requests
(for at most ``BENCH_WARMUP_SECONDS``) that are not counted: fresh workers are
slower for their first few hundred. The workers share a Redis started here
(``bench.cache``), as production's do; without one (``BENCH_REDIS=off``, or no
``redis-server``) each keeps its own cache for a minute. The peer runs last:
its requests on a large corpus take longer than the client waits
(``BENCH_PEER_TIMEOUT``), and gunicorn aborts a worker busy for as long, so no
scenario queues behind the peer's abandoned requests.
"""

import json
import os
import platform
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from . import cache, report, server
from .cache import shared_cache
from .elastic import server_env, start_server

RESULTS = Path(__file__).resolve().parent / "results"
SEED = 7
ENGINES = report.ENGINES
LOAD = {
    "concurrency": int(os.environ.get("BENCH_CONCURRENCY", "4")),
    "requests": int(os.environ.get("BENCH_REQUESTS", "200")),
    "seconds": float(os.environ.get("BENCH_SECONDS", "12")),
}
WARMUP = int(os.environ.get("BENCH_WARMUP", "400"))
WARMUP_SECONDS = float(os.environ.get("BENCH_WARMUP_SECONDS", "20"))
NO_CACHE = {"Cache-Control": "no-cache"}
CACHED_SHEETS = 20


def engines():
    """The engines to measure, from ``BENCH_ENGINES`` (both by default), in a fixed order."""
    asked = [name.strip() for name in os.environ.get("BENCH_ENGINES", "").split(",")]
    asked = [name for name in asked if name]
    unknown = sorted(set(asked) - set(ENGINES))
    if unknown:
        raise SystemExit(
            f"BENCH_ENGINES: unknown engine {', '.join(unknown)}; choose from {', '.join(ENGINES)}"
        )
    return [name for name in ENGINES if name in asked] if asked else list(ENGINES)


def scales():
    if os.environ.get("BENCH_SIZES"):
        return [int(size) for size in os.environ["BENCH_SIZES"].split(",")]
    sizes = [1000, 10000]
    if os.environ.get("BENCH_SCALE") == "large":
        sizes.append(100000)
    return sizes


def database_url(size, workdir):
    """A fresh, migrated database for one corpus size."""
    base = os.environ.get("BENCH_DATABASE_URL")
    if not base:
        # Migrating takes longer than copying: every size starts from one migrated file.
        template = workdir / "migrated.sqlite3"
        if not template.exists():
            server.manage(server.django_env(f"sqlite:///{template}"), "migrate", "--noinput")
        target = workdir / f"bench-{size}.sqlite3"
        shutil.copyfile(template, target)
        return f"sqlite:///{target}"
    url = server.fresh_postgres(base, size)
    server.manage(server.django_env(url), "migrate", "--noinput")
    return url


def scenarios(urls, session_key):
    member = {"Cookie": f"sessionid={session_key}"}
    pages = urls["pages"]
    sheets = urls["sheets"]
    cached_sheets = sheets[:CACHED_SHEETS]
    return [
        {"name": "floor", "urls": ["/bench/floor/"]},
        {"name": "page/anonymous", "urls": [pages["page"]], "headers": NO_CACHE},
        {"name": "search", "urls": urls["search"], "headers": NO_CACHE},
        {"name": "browse", "urls": urls["browse"], "headers": NO_CACHE},
        {"name": "suggest", "urls": urls["suggest"], "headers": NO_CACHE},
        {"name": "sheet/anonymous", "urls": sheets, "headers": NO_CACHE},
        {"name": "sheet/cached", "urls": cached_sheets},
        {"name": "sheet/member", "urls": sheets, "headers": member},
        {"name": "index/anonymous", "urls": [pages["practice_index"]], "headers": NO_CACHE},
        {"name": "index/cached", "urls": [pages["practice_index"]]},
        {"name": "index/member", "urls": [pages["practice_index"]], "headers": member},
        {"name": "home/anonymous", "urls": [pages["home"]], "headers": NO_CACHE},
        {"name": "home/cached", "urls": [pages["home"]]},
        {"name": "home/member", "urls": [pages["home"]], "headers": member},
        # Last, not warmed: on a large corpus its requests outlast the client's patience.
        {"name": "peer", "urls": urls["peer"], "timeout": server.PEER_TIMEOUT, "warmup": 0},
    ]


def drive(base, scenario_list):
    """Run each scenario from a load process, right after its uncounted warm-up.

    Right after, since without Redis a worker keeps what it cached for a minute only.
    """
    results = []
    for scenario in scenario_list:
        warmup = scenario.get("warmup", WARMUP)
        spec = {
            **LOAD,
            "base": base,
            "warmup": warmup,
            "warmup_seconds": WARMUP_SECONDS,
            "scenarios": [scenario],
        }
        output = server.python_module(os.environ.copy(), "bench.load", stdin=json.dumps(spec))
        results.extend(json.loads(output))
    return {result["name"]: result for result in results}


def reused_database(size, workdir):
    """A corpus database kept from an earlier run (``BENCH_RESUME=<its folder>``), if any."""
    folder = os.environ.get("BENCH_RESUME")
    kept = Path(folder) / f"bench-{size}.sqlite3" if folder else None
    if kept is None or not kept.exists() or os.environ.get("BENCH_DATABASE_URL"):
        return None
    target = workdir / kept.name
    shutil.copyfile(kept, target)
    return f"sqlite:///{target}"


def build(size, workdir):
    url = reused_database(size, workdir)
    if url:
        print(f"== {size:,} sheets: reusing the corpus and indexes of an earlier run", flush=True)
        env = server.django_env(url)
        return url, {
            "reused": True,
            "generate_seconds": None,
            "peer_index_seconds": None,
            "rebuild_seconds": None,
            **_visit_plan(env),
        }
    print(f"== {size:,} sheets: preparing the database", flush=True)
    url = database_url(size, workdir)
    env = server.django_env(url)
    print(f"== {size:,} sheets: building the corpus", flush=True)
    generate = server.timed_manage(
        env, "generate_corpus", "--practices", str(size), "--seed", str(SEED), "--no-index"
    )
    peer_index = server.timed_manage(env, "update_index")
    print(f"== {size:,} sheets: building the search documents", flush=True)
    rebuild = server.timed_manage(env, "search_index", "rebuild")
    return url, {
        "generate_seconds": round(generate, 1),
        "peer_index_seconds": round(peer_index, 1),
        "rebuild_seconds": round(rebuild, 1),
        **_visit_plan(env),
    }


def _visit_plan(env):
    member = json.loads(server.python_module(env, "bench.probe", "member"))
    urls = json.loads(server.python_module(env, "bench.probe", "urls"))
    return {"session_key": member["session_key"], "urls": urls}


def measure(size, url, built, engine, workdir, static_root):
    extra = {"BENCH_STATIC_ROOT": str(static_root)}
    osmem = None
    if engine == "elastic":
        osmem = start_server()
        extra.update(server_env(osmem))
    try:
        env = server.django_env(url, extra)
        # The database documents are built once per corpus; the cluster is filled from them.
        rebuild = built["rebuild_seconds"] or 0.0
        if engine == "elastic":
            print(f"== {size:,} sheets: sending the documents to the cluster", flush=True)
            started = time.perf_counter()
            # Bulk requests take longer than the 2 s a page waits for a search answer.
            server.python_module({**env, "ELASTICSEARCH_TIMEOUT": "120"}, "bench.probe", "push")
            rebuild += time.perf_counter() - started
        queries = json.loads(server.python_module(env, "bench.probe", "queries"))
        print(f"== {size:,} sheets, {engine} engine: serving and loading", flush=True)
        with (
            shared_cache() as cache_env,
            server.Gunicorn({**env, **cache_env}, workdir / "gunicorn.log") as app,
        ):
            load = drive(app.base, scenarios(built["urls"], built["session_key"]))
            rss = app.peak_rss_mb()
    finally:
        if osmem is not None:
            osmem.close()
    known = built["rebuild_seconds"] is not None
    return {
        "rebuild_seconds": round(rebuild, 2) if known else None,
        "rebuild_seconds_per_1000": round(rebuild / (size / 1000), 2) if known else None,
        "peak_rss_mb_per_worker": rss,
        "queries": queries,
        "load": load,
    }


def main():
    chosen = engines()
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="ancora-bench-"))
    static_root = workdir / "static"
    results = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": os.getloadavg(),
        },
        "settings": {
            **LOAD,
            "workers": server.WORKERS,
            "seed": SEED,
            "engines": chosen,
            "warmup_requests": WARMUP,
            "warmup_seconds": WARMUP_SECONDS,
            "peer_timeout_seconds": server.PEER_TIMEOUT,
            "cache": "redis" if cache.wanted() else "per worker",
        },
        "database": "postgresql" if os.environ.get("BENCH_DATABASE_URL") else "sqlite",
        "runs": {},
    }
    server.manage(
        server.django_env("sqlite://:memory:", {"BENCH_STATIC_ROOT": str(static_root)}),
        "collectstatic",
        "--noinput",
    )
    for size in scales():
        url, built = build(size, workdir)
        run = {key: value for key, value in built.items() if key != "session_key"}
        run["load_average_before"] = os.getloadavg()
        for engine in chosen:
            run[engine] = measure(size, url, built, engine, workdir, static_root)
        run["load_average_after"] = os.getloadavg()
        results["runs"][str(size)] = run
        # Written after every size, so a failure later keeps what was measured.
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "partial.json").write_text(json.dumps(results, indent=2))
    # Kept on failure, for the server log and the databases.
    shutil.rmtree(workdir, ignore_errors=True)
    results["total_seconds"] = round(time.monotonic() - started, 1)
    results["targets"] = report.targets(results)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2))
    print(report.table(results))
    print(f"Written to {RESULTS / 'latest.json'} in {results['total_seconds']:.0f}s.")


if __name__ == "__main__":
    main()
