"""The map on the listings counts the public sheets and partners of each city, per language."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override

import pytest
from bs4 import BeautifulSoup

from kb.demo import files
from kb.partners import belgium
from kb.partners.cities import cities_on_map
from tests import factories


def inside(point, polygon):
    """Whether ``point`` lies inside ``polygon`` (a list of points), by counting crossings."""
    x, y = point
    crossings = 0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def test_every_city_of_the_demo_is_drawn_inside_the_outline_of_belgium():
    outline = [belgium.project(*point) for point in belgium.BORDER]
    for city in files.read("places.yaml")["cities"]:
        place = belgium.position(city["slug"])
        assert place is not None, f"{city['slug']} has no place on the map"
        assert inside(place[:2], outline), f"{city['slug']} is drawn outside Belgium"


def map_counts(client, path):
    """``{city name: (practices, partners)}`` as the list beside the map says it."""
    page = BeautifulSoup(client.get(path).content, "html.parser")
    counts = {}
    for item in page.select(".city-map__list li"):
        numbers = [
            int(n) for n in re.findall(r"\d+", item.select_one(".city-map__list-counts").text)
        ]
        counts[item.a.get_text(strip=True)] = tuple(numbers)
    return counts


@pytest.fixture
def two_cities(practice_index, partner_index):
    namur = factories.make_project("namur-relais", city="namur", region="wallonia")
    ghent = factories.make_project("ghent-ocmw", city="ghent", region="flanders")
    factories.make_practice(practice_index, project=namur)
    factories.make_practice(practice_index, project=namur)
    factories.make_practice(practice_index, project=namur, anonymised=False)
    factories.make_practice(practice_index, project=ghent).unpublish()
    factories.make_partner(partner_index, kind="culture", city=namur.city)
    factories.make_partner(partner_index, kind="sport", city=ghent.city)
    factories.make_partner(partner_index, kind="sport", city=ghent.city)
    french = factories.translate(practice_index, "fr")
    factories.make_practice(french, project=ghent)
    return namur, ghent


@pytest.mark.django_db
def test_the_map_counts_live_public_pages_in_the_readers_language(
    client, practice_index, partner_index, two_cities
):
    assert map_counts(client, practice_index.url) == {"namur": (2, 1), "ghent": (0, 2)}
    assert map_counts(client, partner_index.url) == {"namur": (2, 1), "ghent": (0, 2)}
    assert map_counts(client, "/fr/cities/ghent/") == {"namur": (0, 0), "ghent": (1, 0)}


@pytest.mark.django_db
def test_each_city_on_the_map_links_to_its_page_and_says_its_counts(
    client, practice_index, two_cities
):
    page = BeautifulSoup(client.get("/fr/cities/namur/").content, "html.parser")
    links = {link["href"]: link for link in page.select(".city-map__svg a")}

    assert set(links) == {"/fr/cities/namur/", "/fr/cities/ghent/"}
    assert links["/fr/cities/namur/"]["aria-current"] == "page"
    assert links["/fr/cities/namur/"]["aria-label"] == (
        "namur, 0 fiche pratique, 0 organisation partenaire"
    )
    assert page.select_one(".city-map__svg")["aria-label"] == "Carte de la Belgique"


@pytest.mark.django_db
def test_the_map_counts_every_city_with_the_same_number_of_queries(
    django_assert_num_queries, practice_index, partner_index, two_cities
):
    with CaptureQueriesContext(connection) as few:
        cities_on_map("en")
    liege = factories.make_project("liege-relais", city="liege", region="wallonia")
    for _ in range(3):
        factories.make_practice(practice_index, project=liege)
        factories.make_partner(partner_index, kind="culture", city=liege.city)

    with CaptureQueriesContext(connection) as many:
        assert len(cities_on_map("en")) == 3
    assert len(many.captured_queries) == len(few.captured_queries)
    with django_assert_num_queries(0), override("en"):
        cities_on_map("en")
