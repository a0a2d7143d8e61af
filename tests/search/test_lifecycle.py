"""Indexing follows Wagtail's publication lifecycle, on both engines."""

import pytest

from kb.taxonomy.models import LifeDomain
from practices.models import PracticeIndexPage
from tests import factories


def search(client, **params):
    response = client.get("/en/search/", {**params, "format": "json"})
    assert response.status_code == 200
    return response.json()


def titles(data):
    return [hit["title"] for hit in data["results"]]


@pytest.fixture
def visit(engine, practice_index, committed):
    with committed():
        return factories.make_practice(
            practice_index, title="Home visits in Namur", summary="A weekly visit at home."
        )


def test_publish_makes_a_page_findable(client, visit, engine):
    data = search(client, q="visits")
    assert titles(data) == ["Home visits in Namur"]
    assert data["engine"] == engine


def test_unpublish_removes_and_republish_restores(client, visit, committed):
    with committed():
        visit.unpublish()
    assert search(client, q="visits")["total"] == 0
    with committed():
        visit.save_revision().publish()
    assert titles(search(client, q="visits")) == ["Home visits in Namur"]


def test_delete_removes(client, visit, committed):
    with committed():
        visit.delete()
    assert search(client, q="visits")["total"] == 0


def test_move_reindexes_the_new_address(client, visit, home, committed):
    archive = home.add_child(
        instance=PracticeIndexPage(title="Archive", slug="archive", locale=home.locale)
    )
    with committed():
        factories.publish(archive)
        visit.move(archive, pos="last-child")
    assert [hit["url"] for hit in search(client, q="visits")["results"]] == [
        f"/en/archive/{visit.slug}/"
    ]


def test_renaming_a_term_reindexes_its_pages(client, visit, committed):
    domain = LifeDomain.objects.get(slug="housing")
    with committed():
        domain.name_nl = "Huisvesting en woonbegeleiding"
        domain.save()
    assert titles(search(client, q="woonbegeleiding")) == ["Home visits in Namur"]


def test_rebuild_gives_the_same_answers(client, visit, engine):
    from django.core.management import call_command

    before = search(client, q="visits")
    call_command("search_index", "rebuild")
    after = search(client, q="visits")
    assert titles(after) == titles(before) == ["Home visits in Namur"]
    assert after["facets"] == before["facets"]


def browsed(client, facet="city"):
    """Browsing without words: the counts of one facet and the addresses listed."""
    data = search(client, type="practice")
    counts = {entry["value"]: entry["count"] for entry in data["facets"][facet]}
    return counts, [hit["url"] for hit in data["results"]]


def test_browsing_counts_follow_a_publish_and_an_unpublish(
    client, visit, practice_index, committed
):
    assert browsed(client)[0] == {"namur": 1}
    with committed():
        ghent = factories.make_project(slug="ghent", city="gent", region="flanders")
        walk = factories.make_practice(practice_index, title="Walks in Ghent", project=ghent)
    assert browsed(client)[0] == {"namur": 1, "gent": 1}
    with committed():
        walk.unpublish()
    assert browsed(client)[0] == {"namur": 1}


def test_browsing_lists_a_moved_sheet_at_its_new_address(client, visit, home, committed):
    assert browsed(client)[1] == [visit.url]
    archive = home.add_child(
        instance=PracticeIndexPage(title="Archive", slug="archive", locale=home.locale)
    )
    with committed():
        factories.publish(archive)
        visit.move(archive, pos="last-child")
    assert browsed(client)[1] == [f"/en/archive/{visit.slug}/"]


def test_browsing_counts_follow_a_renamed_term(client, visit, committed):
    assert browsed(client, "domain")[0] == {"housing": 1}
    domain = LifeDomain.objects.get(slug="housing")
    with committed():
        domain.slug = "home"
        domain.save()
    assert browsed(client, "domain")[0] == {"home": 1}
