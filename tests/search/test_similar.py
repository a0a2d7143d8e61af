"""Similar practices are worked out when content changes: reading a sheet never asks the cluster."""

import socket

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from tests import factories

FRESH = {"HTTP_CACHE_CONTROL": "no-cache"}
DOMAIN = ("socio-cultural-participation",)


@pytest.fixture
def sheets(practice_index, committed):
    with committed():
        guitar = factories.make_practice(practice_index, title="Guitar workshop", domains=DOMAIN)
        writing = factories.make_practice(practice_index, title="Writing workshop", domains=DOMAIN)
        walk = factories.make_practice(practice_index, title="City walk", domains=("mobility",))
    return guitar, writing, walk


@pytest.fixture
def silent_cluster():
    """An address that takes connections and never answers: a request waits in its backlog."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.setblocking(False)
        yield listener


def was_asked(listener):
    try:
        connection, _address = listener.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


def similar_titles(response):
    assert response.status_code == 200
    heading = BeautifulSoup(response.content, "html.parser").find(id="similar-heading")
    if heading is None:
        return []
    section = heading.find_parent("section")
    return [title.get_text(strip=True) for title in section.select(".card__title")]


def test_a_sheet_shows_its_similar_sheets_without_asking_the_cluster(
    elastic, sheets, client, settings, silent_cluster
):
    guitar, _writing, _walk = sheets
    listed = similar_titles(client.get(guitar.url, **FRESH))
    assert listed == ["Writing workshop", "City walk"]

    host, port = silent_cluster.getsockname()
    settings.ELASTICSEARCH_URL = f"http://{host}:{port}"
    settings.ELASTICSEARCH_TIMEOUT = 1
    response = client.get(guitar.url, **FRESH)

    assert similar_titles(response) == listed
    assert "cannot be reached" not in response.content.decode()
    assert not was_asked(silent_cluster)


def test_both_engines_list_the_same_similar_sheets(engine, sheets, client):
    guitar, _writing, walk = sheets
    assert similar_titles(client.get(guitar.url, **FRESH)) == ["Writing workshop", "City walk"]
    assert similar_titles(client.get(walk.url, **FRESH)) == ["Writing workshop", "Guitar workshop"]


def test_a_sheet_for_members_only_is_never_listed(sheets, client, committed):
    guitar, writing, _walk = sheets
    with committed():
        PageViewRestriction.objects.create(page=writing, restriction_type=PageViewRestriction.LOGIN)
    assert similar_titles(client.get(guitar.url, **FRESH)) == ["City walk"]


def test_an_unpublished_sheet_leaves_the_lists_it_was_in(sheets, client, committed):
    guitar, writing, _walk = sheets
    with committed():
        writing.unpublish()
    assert similar_titles(client.get(guitar.url, **FRESH)) == ["City walk"]
