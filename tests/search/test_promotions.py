"""Promoted results: the pages editors chose for a search, as the reader may see them."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from search.documents import MEMBERS, PUBLIC
from search.promotions import promoted_keys
from tests import factories
from tests.search import corpus

ANONYMOUS = (PUBLIC,)
MEMBER = (PUBLIC, MEMBERS)


def promote(query_string, *pages):
    query = Query.get(query_string)
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order)


def key(page):
    return f"page:{page.pk}"


@pytest.fixture
def garden(practice_index, committed):
    """A sheet in English with a live French translation, and another sheet."""
    with committed():
        english = factories.make_practice(practice_index, title="Community garden plot")
        french = factories.translate(english, "fr")
        french.title = "Potager collectif"
        french = factories.publish(french)
        walk = factories.make_practice(practice_index, title="City walk")
    return english, french, walk


def test_promoted_pages_in_the_editors_order(garden):
    english, _french, walk = garden
    promote("moestuin", walk, english)
    assert promoted_keys("moestuin", "en", ANONYMOUS) == [key(walk), key(english)]


def test_matched_like_wagtail_matches_whole_normalised_queries(garden):
    english, _french, _walk = garden
    promote("Jardin  Partagé", english)
    assert promoted_keys("  jardin partagé ", "en", ANONYMOUS) == [key(english)]
    assert promoted_keys("JARDIN PARTAGÉ", "en", ANONYMOUS) == [key(english)]
    assert promoted_keys("jardin", "en", ANONYMOUS) == []
    assert promoted_keys("jardins partagés", "en", ANONYMOUS) == []
    assert promoted_keys("", "en", ANONYMOUS) == []


def test_the_readers_language_version_of_a_promoted_page(garden):
    english, french, _walk = garden
    promote("moestuin", english)
    assert promoted_keys("moestuin", "fr", ANONYMOUS) == [key(french)]
    assert promoted_keys("moestuin", "en", ANONYMOUS) == [key(english)]
    # No Dutch version: the page as promoted.
    assert promoted_keys("moestuin", "nl", ANONYMOUS) == [key(english)]


def test_a_page_and_its_translation_promoted_together_count_once(garden):
    english, french, _walk = garden
    promote("moestuin", english, french)
    assert promoted_keys("moestuin", "fr", ANONYMOUS) == [key(french)]


def test_unpublished_pages_are_not_promoted(garden, committed):
    english, _french, walk = garden
    promote("moestuin", english, walk)
    with committed():
        walk.unpublish()
    assert promoted_keys("moestuin", "en", ANONYMOUS) == [key(english)]


def test_a_session_is_promoted_to_its_group_only(home, garden, committed):
    english, _french, _walk = garden
    with committed():
        factories.make_project(slug="ghent", city="gent", region="flanders")
        session = corpus._session(home)
    promote("confidences", session, english)
    group = frozenset({f"group:{session.group_id}"})
    assert promoted_keys("confidences", "en", ANONYMOUS) == [key(english)]
    assert promoted_keys("confidences", "en", MEMBER) == [key(english)]
    assert promoted_keys("confidences", "en", MEMBER, group) == [key(session), key(english)]


def test_external_links_are_not_documents(garden):
    query = Query.get("moestuin")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/", external_link_text="Elsewhere"
    )
    assert promoted_keys("moestuin", "en", ANONYMOUS) == []


def test_a_promoted_page_comes_first_on_both_engines(engine, practice_index, committed, client):
    with committed():
        chosen = factories.make_practice(practice_index, title="Bicycle repair workshop")
        factories.make_practice(practice_index, title="Bicycle rides", summary="Bicycle, bicycle.")
    promote("bicycle", chosen)
    data = client.get("/en/search/", {"q": "bicycle", "format": "json"}).json()
    urls = [hit["url"] for hit in data["results"]]
    assert urls[0] == chosen.url
    assert urls.count(chosen.url) == 1
    page = client.get("/en/search/", {"q": "bicycle"}).content.decode()
    assert "Recommended by the editors" in page
