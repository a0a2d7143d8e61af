"""The benchmark's table and its verdict on the targets of the performance issue."""

import math

ENGINES = ("database", "elastic")
# The performance issue's targets, p95 at the largest corpus measured.
PAGE_LIMIT_MS = 300
PAGES = {
    "search": "search",
    "browse": "browse",
    "index/anonymous": "practice index",
    "home/anonymous": "home",
}
SUGGEST_LIMIT_MS = 50
# A sheet may cost this many times the site's simplest page (an about page).
SHEET_LIMIT = 1.5
# What may grow with the corpus, and by how much per tenfold.
GROWING = ("search", "browse", "index/anonymous")
GROWTH_PER_TENFOLD = 1.5
# Against a new Wagtail project's search on the same corpus.
PEER_SIZE = "10000"
PEER_SHARE = 0.2


def _p95(run, engine, scenario):
    try:
        return run[engine]["load"][scenario]["p95_ms"]
    except (KeyError, TypeError):
        return None


def _ratio(value, reference):
    if value is None or not reference:
        return None
    return round(value / reference, 2)


def _scaled(value, factor):
    return value * factor if value else None


def _checks(runs, sizes, engine):
    """(target, measured p95, limit) for one engine, on the sizes it was measured at."""
    measured = [size for size in sizes if engine in runs[size]]
    if not measured:
        return []
    size = measured[-1]
    run = runs[size]
    at = f"{int(size):,}"
    checks = [
        (
            f"{engine}: {label} p95 at {at} <= {PAGE_LIMIT_MS} ms",
            _p95(run, engine, name),
            PAGE_LIMIT_MS,
        )
        for name, label in PAGES.items()
    ]
    checks.append(
        (
            f"{engine}: suggest p95 at {at} <= {SUGGEST_LIMIT_MS} ms",
            _p95(run, engine, "suggest"),
            SUGGEST_LIMIT_MS,
        )
    )
    checks.append(
        (
            f"{engine}: sheet p95 at {at} <= {SHEET_LIMIT}x the simplest page",
            _p95(run, engine, "sheet/anonymous"),
            _scaled(_p95(run, engine, "page/anonymous"), SHEET_LIMIT),
        )
    )
    for small, large in zip(measured, measured[1:], strict=False):
        allowed = GROWTH_PER_TENFOLD ** math.log10(int(large) / int(small))
        for name in GROWING:
            checks.append(
                (
                    f"{engine}: {PAGES[name]} p95 from {int(small):,} to {int(large):,} "
                    f"<= {GROWTH_PER_TENFOLD}x per tenfold",
                    _p95(runs[large], engine, name),
                    _scaled(_p95(runs[small], engine, name), allowed),
                )
            )
    if PEER_SIZE in measured:
        checks.append(
            (
                f"{engine}: search p95 at {int(PEER_SIZE):,} <= {PEER_SHARE}x the peer",
                _p95(runs[PEER_SIZE], engine, "search"),
                _scaled(_p95(runs[PEER_SIZE], engine, "peer"), PEER_SHARE),
            )
        )
    return checks


def targets(results):
    """Each target with the measured value, its limit, and whether it was met."""
    runs = results["runs"]
    sizes = sorted(runs, key=int)
    if not sizes:
        return []
    verdicts = [
        {
            "target": name,
            "value_ms": value,
            "limit_ms": limit,
            "met": value is not None and limit is not None and value <= limit,
            "off_by": _ratio(value, limit),
        }
        for engine in ENGINES
        for name, value, limit in _checks(runs, sizes, engine)
    ]
    verdicts.append(_queries_constant(runs, sizes))
    # The peer's requests that outlast the client's patience are the reference's
    # slowness, shown in its row; they are not errors of Ancora's pages.
    errors = sum(
        result["errors"] - (result.get("timeouts", 0) if name == "peer" else 0)
        for run in runs.values()
        for engine in ENGINES
        if engine in run
        for name, result in run[engine]["load"].items()
    )
    verdicts.append({"target": "zero errors", "value": errors, "met": errors == 0})
    return verdicts


def _queries_constant(runs, sizes):
    counts = {
        size: {
            f"{engine}:{page}": data["queries"]
            for engine in ENGINES
            if engine in runs[size]
            for page, data in runs[size][engine]["queries"].items()
        }
        for size in sizes
    }
    first = counts[sizes[0]]
    growing = sorted(
        page for size in sizes[1:] for page, n in counts[size].items() if n != first.get(page)
    )
    return {
        "target": "SQL queries per page constant in N",
        "value": {page: [counts[size].get(page) for size in sizes] for page in sorted(first)},
        "met": not growing,
        "differs": growing,
    }


def _fmt(value, suffix=""):
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.1f}{suffix}" if value >= 10 else f"{value:.2f}{suffix}"
    return f"{value}{suffix}"


def table(results):
    runs = results["runs"]
    sizes = sorted(runs, key=int)
    lines = []
    header = (
        f"{'scenario':<18}{'engine':<10}{'N':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'req/s':>8}{'err':>5}{'/floor':>8}{'/peer':>7}{'growth':>8}"
    )
    lines += [header, "-" * len(header)]
    first = runs[sizes[0]] if sizes else {}
    scenario_names = list(
        dict.fromkeys(name for engine in ENGINES for name in first.get(engine, {}).get("load", {}))
    )
    for name in scenario_names:
        for engine in ENGINES:
            for size in sizes:
                run = runs[size]
                result = run.get(engine, {}).get("load", {}).get(name)
                if result is None:
                    continue
                floor = _p95(run, engine, "floor")
                peer = _p95(run, engine, "peer")
                growth = (
                    _ratio(result["p95_ms"], _p95(first, engine, name))
                    if size != sizes[0]
                    else None
                )
                is_search = name in ("search", "browse")
                lines.append(
                    f"{name:<18}{engine:<10}{int(size):>8,}{_fmt(result['p50_ms']):>9}"
                    f"{_fmt(result['p95_ms']):>9}{_fmt(result['p99_ms']):>9}"
                    f"{_fmt(result['rps']):>8}{result['errors']:>5}"
                    f"{_fmt(_ratio(result['p95_ms'], floor)):>8}"
                    f"{_fmt(_ratio(result['p95_ms'], peer) if is_search else None):>7}"
                    f"{_fmt(growth):>8}"
                )
    lines.append("")
    for size in sizes:
        run = runs[size]
        for engine in ENGINES:
            if engine not in run:
                continue
            data = run[engine]
            peer = data["load"].get("peer", {})
            if peer.get("timeouts"):
                lines.append(
                    f"N={int(size):,} {engine}: the peer gave no answer within "
                    f"{results.get('settings', {}).get('peer_timeout_seconds', '?')} s "
                    f"to {peer['timeouts']} of its {peer['requests']} requests "
                    "(counted at that time)"
                )
            rebuild = (
                f"rebuild {data['rebuild_seconds']}s "
                f"({data['rebuild_seconds_per_1000']}s per 1,000 sheets)"
                if data["rebuild_seconds"] is not None
                else "rebuild not timed (reused)"
            )
            lines.append(
                f"N={int(size):,} {engine}: {rebuild}, "
                f"peak RSS per worker {data['peak_rss_mb_per_worker']} MiB"
            )
        if run.get("load_average_before"):
            before, after = (
                ", ".join(f"{value:.2f}" for value in run[moment])
                for moment in ("load_average_before", "load_average_after")
            )
            lines.append(
                f"N={int(size):,}: load average (1, 5, 15 min) {before} before, {after} after"
            )
        if run.get("reused"):
            lines.append(f"N={int(size):,}: corpus and indexes reused from an earlier run")
        else:
            lines.append(
                f"N={int(size):,}: corpus generated in {run['generate_seconds']}s, "
                f"peer (Wagtail) index in {run['peer_index_seconds']}s, "
                f"search documents in {run['rebuild_seconds']}s"
            )
    lines.append(f"Database: {results.get('database', 'sqlite')}")
    cache = results.get("settings", {}).get("cache")
    if cache:
        lines.append(f"Fragments and routes kept in: {cache} (production: redis)")
    lines.append("")
    lines.append("SQL queries per page (anonymous and member, per N):")
    for verdict in results.get("targets", []):
        if verdict["target"].startswith("SQL"):
            for page, counts in verdict["value"].items():
                lines.append(f"  {page:<36}{' -> '.join(str(c) for c in counts)}")
    lines.append("")
    lines.append("Targets:")
    for verdict in results.get("targets", []):
        mark = "MET " if verdict["met"] else "MISS"
        detail = ""
        if "limit_ms" in verdict:
            detail = (
                f"{_fmt(verdict['value_ms'])} ms vs limit {_fmt(verdict['limit_ms'])} ms"
                f" ({_fmt(verdict['off_by'])}x the limit)"
            )
        elif verdict["target"] == "zero errors":
            detail = f"{verdict['value']} errors"
        elif verdict.get("differs"):
            detail = "differs: " + ", ".join(verdict["differs"])
        lines.append(f"  [{mark}] {verdict['target']}: {detail}")
    return "\n".join(lines)
