"""The cluster goes away mid-run: search falls back, publishing goes on, nothing is lost."""

import os
import signal

from django.core.management import call_command

from tests import factories

# Bypass the anonymous page cache: each answer must come from the engine of the moment.
FRESH = {"HTTP_CACHE_CONTROL": "no-cache"}


def search(client, **params):
    response = client.get("/en/search/", {**params, "format": "json"}, **FRESH)
    assert response.status_code == 200
    return response.json()


def titles(data):
    return [hit["title"] for hit in data["results"]]


def test_outage_falls_back_then_catches_up(client, elastic, practice_index, committed):
    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    assert search(client, q="guitar")["engine"] == "elastic"

    elastic.stop()
    down = search(client, q="guitar")
    assert (down["engine"], titles(down)) == ("database", ["Guitar workshop"])
    page = client.get("/en/search/", {"q": "guitar"}, **FRESH)
    assert "cannot be reached" in page.content.decode()
    with committed():
        factories.make_practice(practice_index, title="Cycling lessons", summary="Riding bikes.")
    assert titles(search(client, q="cycling")) == ["Cycling lessons"]

    elastic.start()  # back, but empty: the cluster lost what it held
    back = search(client, q="cycling")  # the changes kept pending are sent first
    assert (back["engine"], titles(back)) == ("elastic", ["Cycling lessons"])
    assert search(client, q="guitar")["total"] == 0  # drift the cluster cannot know about

    call_command("search_index", "check")
    repaired = search(client, q="guitar")
    assert (repaired["engine"], titles(repaired)) == ("elastic", ["Guitar workshop"])


def test_rebuild_swaps_the_alias(client, elastic, practice_index, committed):
    from search import cluster

    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    call_command("search_index", "rebuild")
    first = cluster.current_indices()
    call_command("search_index", "rebuild")
    second = cluster.current_indices()
    assert len(first) == len(second) == 1 and first != second
    assert titles(search(client, q="guitar")) == ["Guitar workshop"]


def test_a_hung_cluster_times_out_into_the_fallback_and_publishing_goes_on(
    client, elastic, practice_index, committed, settings
):
    """A cluster that accepts connections but never answers (paused) must not hang coaches."""
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    process = elastic.server.process
    os.kill(process.pid, signal.SIGSTOP)
    try:
        hung = search(client, q="guitar")
        assert (hung["engine"], titles(hung)) == ("database", ["Guitar workshop"])
        with committed():
            factories.make_practice(practice_index, title="Cycling lessons", summary="Bikes.")
        assert titles(search(client, q="cycling")) == ["Cycling lessons"]
    finally:
        os.kill(process.pid, signal.SIGCONT)

    call_command("search_index", "check")
    caught_up = search(client, q="cycling")
    assert (caught_up["engine"], titles(caught_up)) == ("elastic", ["Cycling lessons"])
