"""A practice sheet costs the same number of queries however many sheets resemble it."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from practices.models import RelatedPractice
from search.similar import HOLDERS_PER_VALUE
from tests import factories

DOMAINS = ("socio-cultural-participation", "housing")


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run what a request runs after its transaction commits: the search indexing."""

    def build(count, practice_index, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return [factories.make_practice(practice_index, **fields) for _ in range(count)]

    return build


def visit(url):
    """The query count and page of an uncached view of ``url`` by an anonymous visitor."""
    client = Client(HTTP_CACHE_CONTROL="no-cache")
    client.get(url)  # what every page of a language shares is cached from now on
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), BeautifulSoup(response.content, "html.parser")


def titles_in(page, heading_id):
    section = page.find(id=heading_id).find_parent("section")
    return [title.get_text(strip=True) for title in section.select(".card__title")]


def test_sheet_queries_do_not_grow_when_more_sheets_share_its_facet_values(practice_index, indexed):
    [sheet] = indexed(1, practice_index, title="Guitar workshop", domains=DOMAINS)
    indexed(1, practice_index, title="Choir", domains=DOMAINS)
    few, page = visit(sheet.url)
    assert titles_in(page, "similar-heading") == ["Choir"]

    indexed(HOLDERS_PER_VALUE + 5, practice_index, domains=DOMAINS)
    many, page = visit(sheet.url)

    assert many == few
    similar = titles_in(page, "similar-heading")
    assert len(similar) == 4 and "Guitar workshop" not in similar


def sheet_linked_to(practice_index, count):
    """A sheet with ``count`` related sheets chosen by its authors and adapted from it."""
    sheet = factories.make_practice(practice_index)
    others = [factories.make_practice(practice_index) for _ in range(count)]
    sheet.related_practices = [RelatedPractice(practice=other) for other in others]
    factories.publish(sheet)
    for other in others:
        other.adapted_from = sheet
        factories.publish(other)
    return sheet, [other.title for other in others]


def test_sheet_queries_do_not_grow_with_chosen_related_sheets_or_adaptations(practice_index):
    one_sheet, one_title = sheet_linked_to(practice_index, 1)
    four_sheet, four_titles = sheet_linked_to(practice_index, 4)

    one, page = visit(one_sheet.url)
    assert titles_in(page, "related-heading") == one_title
    four, page = visit(four_sheet.url)

    assert four == one
    assert titles_in(page, "related-heading") == four_titles
    adapted = page.find("dt", string="Adapted elsewhere as").find_next("dd").get_text()
    assert all(title in adapted for title in four_titles)


def counts(urls, member):
    """Queries of each page, for a first reader (nothing kept yet) and the next one."""
    cache.clear()
    found = {}
    for who in ("anonymous", "member"):
        client = Client(HTTP_CACHE_CONTROL="no-cache")
        if who == "member":
            client.force_login(member)
        for name, url in urls.items():
            for visit_number in ("first", "next"):
                with CaptureQueriesContext(connection) as captured:
                    assert client.get(url).status_code == 200
                found[f"{name}/{who}/{visit_number}"] = len(captured)
    return found


def test_a_sheet_and_home_cost_the_same_queries_with_5_or_30_sheets(home, practice_index, indexed):
    member = get_user_model().objects.create_user("coach", password="a long password 123")
    [sheet, *_others] = indexed(5, practice_index, domains=DOMAINS)
    urls = {"sheet": sheet.url, "home": home.url}
    five = counts(urls, member)

    indexed(25, practice_index, domains=DOMAINS)
    thirty = counts(urls, member)

    assert thirty == five
    assert five["sheet/anonymous/next"] < five["sheet/anonymous/first"]
