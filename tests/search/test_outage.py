"""The cluster goes away mid-run: search falls back, publishing goes on, nothing is lost."""

import os
import signal

from django.core.management import call_command
from django.utils.cache import get_max_age

import pytest

from bench.hung import HungCluster
from tests import factories

# Bypass the anonymous page cache: each answer must come from the engine of the moment.
FRESH = {"HTTP_CACHE_CONTROL": "no-cache"}


def search(client, **params):
    response = client.get("/en/search/", {**params, "format": "json"}, **FRESH)
    assert response.status_code == 200
    return response.json()


def titles(data):
    return [hit["title"] for hit in data["results"]]


def test_outage_falls_back_then_catches_up(client, elastic, practice_index, committed, settings):
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

    settings.ELASTICSEARCH_COOLOFF = 0  # the cool-off is over: the next search probes
    elastic.start()  # back, but empty: the cluster lost what it held
    back = search(client, q="cycling")
    assert (back["engine"], titles(back)) == ("database", ["Cycling lessons"])
    assert titles(search(client, q="guitar")) == ["Guitar workshop"]
    assert "cannot be reached" in client.get("/en/search/", {"q": "guitar"}).content.decode()

    call_command("search_index", "check")
    for word, title in (("guitar", "Guitar workshop"), ("cycling", "Cycling lessons")):
        repaired = search(client, q=word)
        assert (repaired["engine"], titles(repaired)) == ("elastic", [title])


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

    still_cooling_off = search(client, q="guitar")
    settings.ELASTICSEARCH_COOLOFF = 0
    probed = search(client, q="guitar")
    assert (still_cooling_off["engine"], probed["engine"]) == ("database", "elastic")

    call_command("search_index", "sync")
    caught_up = search(client, q="cycling")
    assert (caught_up["engine"], titles(caught_up)) == ("elastic", ["Cycling lessons"])


@pytest.fixture
def hung_cluster(settings):
    cluster = HungCluster()
    settings.ELASTICSEARCH_URL = cluster.url
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    yield cluster
    cluster.close()


def test_after_one_timeout_the_hung_cluster_is_left_alone_for_the_cool_off(
    client, hung_cluster, practice_index, committed, settings
):
    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    assert hung_cluster.connections == 1  # the publish tried once, and gave up

    for _visit in range(3):
        answer = search(client, q="guitar")
        assert (answer["engine"], titles(answer)) == ("database", ["Guitar workshop"])
    with committed():
        factories.make_practice(practice_index, title="Cycling lessons", summary="Bikes.")
    assert titles(search(client, q="cycling")) == ["Cycling lessons"]
    assert hung_cluster.connections == 1

    settings.ELASTICSEARCH_COOLOFF = 0
    assert search(client, q="cycling")["engine"] == "database"
    assert hung_cluster.connections == 2  # one probe, which failed again


def test_a_search_that_times_out_opens_the_breaker(client, hung_cluster, practice_index):
    for _visit in range(3):
        assert search(client, q="guitar")["engine"] == "database"

    assert hung_cluster.connections == 1


def test_a_rebuild_alone_creates_the_cluster_index(client, elastic, practice_index, committed):
    from search import cluster

    cluster.client().indices.delete(index=cluster.current_indices())
    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    answer = search(client, q="guitar")

    assert cluster.current_indices() == []
    assert (answer["engine"], titles(answer)) == ("database", ["Guitar workshop"])
    call_command("search_index", "rebuild")
    assert search(client, q="guitar")["engine"] == "elastic"


def key_of(title):
    from search.models import SearchDocument

    return SearchDocument.objects.get(title=title).key


def test_an_index_missing_documents_is_not_trusted(client, elastic, practice_index, committed):
    from search import cluster

    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
        factories.make_practice(practice_index, title="Cycling lessons", summary="Bikes.")
    cluster.client().delete(index=cluster.alias(), id=key_of("Cycling lessons"), refresh=True)

    answer = search(client, q="cycling")

    assert (answer["engine"], titles(answer)) == ("database", ["Cycling lessons"])


def test_the_repair_empties_the_page_cache_it_made_wrong(
    client, elastic, practice_index, committed
):
    from search import cluster

    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    key = key_of("Guitar workshop")
    stale = {**cluster.client().get(index=cluster.alias(), id=key)["_source"]}
    stale.update(checksum="stale", index_all="piano lesson", index_title="piano")
    cluster.client().index(index=cluster.alias(), id=key, document=stale, refresh=True)
    cached = client.get("/en/search/", {"q": "guitar"})
    assert "Guitar workshop" not in cached.content.decode()

    call_command("search_index", "check")

    assert "Guitar workshop" in client.get("/en/search/", {"q": "guitar"}).content.decode()


def test_during_the_cool_off_visitors_share_the_database_answer(
    client, hung_cluster, practice_index, committed, settings
):
    """Each anonymous search during an outage would otherwise cost the workers a full search."""
    settings.ELASTICSEARCH_COOLOFF = 30
    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")

    first = client.get("/en/search/", {"q": "guitar"})
    second = client.get("/en/search/", {"q": "guitar"})

    assert "Guitar workshop" in second.content.decode()
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert 0 < get_max_age(first) <= 30
    assert hung_cluster.connections == 1


def test_a_fallback_without_an_open_breaker_is_never_cached(
    client, elastic, practice_index, committed
):
    """An index found incomplete is no outage with an end: its answer must not be kept."""
    from search import cluster

    with committed():
        factories.make_practice(practice_index, title="Guitar workshop", summary="We play guitar.")
    cluster.client().delete(index=cluster.alias(), id=key_of("Guitar workshop"), refresh=True)

    answer = client.get("/en/search/", {"q": "guitar", "format": "json"})

    assert answer.json()["engine"] == "database"
    assert "X-Page-Cache" not in answer
    assert get_max_age(answer) == 0
