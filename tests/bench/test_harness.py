"""The harness measures what it says: warm-up requests come just before and are not
counted, the peer runs last and is given up on, and ``BENCH_ENGINES`` chooses the engines."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import redis

from bench import cache, load, run
from bench.hung import HungCluster

PAGES = {"practice_index": "/fr/practices/", "home": "/fr/", "page": "/fr/a-propos/"}


class Recorder(BaseHTTPRequestHandler):
    """Answers every GET at once and notes its path, in order of arrival."""

    def do_GET(self):
        with self.server.lock:
            self.server.paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.paths, server.lock = [], threading.Lock()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def base_of(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_warm_up_requests_are_sent_but_not_counted(recorder):
    scenario = {"name": "home/anonymous", "urls": ["/fr/"]}

    result = load.run_scenario(base_of(recorder), scenario, 2, 5, 30, warmup=3)

    assert len(recorder.paths) == 8
    assert result["requests"] == 5 and result["warmup_requests"] == 3
    assert result["errors"] == 0 and result["timeouts"] == 0


def test_a_request_never_answered_is_given_up_at_the_timeout_and_counted_so():
    hung = HungCluster()
    try:
        scenario = {"name": "peer", "urls": ["/bench/peer/?q=atelier"], "timeout": 0.3}
        result = load.run_scenario(hung.url, scenario, 2, 4, 30, warmup=0)
    finally:
        hung.close()

    assert result["timeouts"] == 4 and result["errors"] == 4
    assert result["p95_ms"] == 300  # at least as slow as the time it was given
    assert "no answer within 0.3 s" in result["error_samples"][0]


def visit_plan():
    return {
        "pages": PAGES,
        "sheets": [f"/fr/practices/sheet-{n}/" for n in range(3)],
        "search": ["/fr/search/?q=atelier"],
        "browse": ["/fr/search/?domain=housing"],
        "suggest": ["/fr/search/suggest/?q=at"],
        "peer": ["/bench/peer/?q=atelier"],
    }


def test_each_scenario_is_warmed_just_before_it_and_the_peer_runs_last_unwarmed(
    recorder, monkeypatch
):
    monkeypatch.setattr(run, "WARMUP", 2)
    monkeypatch.setitem(run.LOAD, "requests", 3)
    scenarios = run.scenarios(visit_plan(), "a-session-key")

    results = run.drive(base_of(recorder), scenarios)

    assert list(results) == [scenario["name"] for scenario in scenarios]
    assert list(results)[-1] == "peer"
    assert all(result["requests"] == 3 for result in results.values())
    sent = iter(recorder.paths)
    for scenario in scenarios:
        warmup = 0 if scenario["name"] == "peer" else 2
        assert results[scenario["name"]]["warmup_requests"] == warmup
        paths = [next(sent) for _ in range(warmup + 3)]
        assert set(paths) <= set(scenario["urls"]), scenario["name"]
    assert next(sent, None) is None


@pytest.mark.parametrize(
    ("asked", "chosen"),
    [
        ("", ["database", "elastic"]),
        ("database", ["database"]),
        ("elastic, database", ["database", "elastic"]),
    ],
)
def test_bench_engines_chooses_the_engines(monkeypatch, asked, chosen):
    monkeypatch.setenv("BENCH_ENGINES", asked)
    assert run.engines() == chosen


def test_an_unknown_engine_is_refused_with_the_names_to_choose_from(monkeypatch):
    monkeypatch.setenv("BENCH_ENGINES", "database,solr")
    with pytest.raises(SystemExit, match="unknown engine solr; choose from database, elastic"):
        run.engines()


def test_the_workers_share_one_redis_like_production(monkeypatch):
    """A fragment one worker keeps is found by the other, as behind production's Redis."""
    monkeypatch.setenv("BENCH_REDIS", "auto")
    if cache.wanted() is None:
        pytest.skip("redis-server is not installed")
    with cache.shared_cache() as env:
        one, other = (redis.Redis.from_url(env["REDIS_URL"]) for _ in range(2))
        one.set("fragment", b"kept")
        assert other.get("fragment") == b"kept"


def test_bench_redis_off_measures_workers_with_their_own_caches(monkeypatch):
    monkeypatch.setenv("BENCH_REDIS", "off")
    with cache.shared_cache() as env:
        assert env == {}
