"""The queries of the issues, on the demo corpus, answered alike by both engines."""

from django.db.models import Q

from practices.models import PracticePage
from tests.search.conftest import key, key_of


def test_guitare_finds_the_namur_guitar_workshop_first(search):
    data = search("/search/?q=guitare&format=json")
    assert key_of(data["results"][0]) == key("namur-guitar-workshop")


def test_gitaar_in_dutch_bridges_to_the_sheet_that_has_no_dutch_version(search):
    assert not PracticePage.objects.filter(
        slug="namur-guitar-workshop", locale__language_code="nl"
    ).exists()
    data = search("/nl/search/?q=gitaar&format=json")
    assert key_of(data["results"][0]) == key("namur-guitar-workshop")


def test_atelier_d_ecriture_finds_the_brussels_writing_workshop_first(search):
    data = search("/fr/search/?q=atelier%20d%27%C3%A9criture&format=json")
    assert key_of(data["results"][0]) == key("brussels-writing-workshop")


def test_mobiliteit_finds_every_mobility_practice_in_any_language(search):
    expected = set(
        PracticePage.objects.live()
        .filter(life_domains__slug="mobility")
        .values_list("translation_key", flat=True)
    )
    data = search("/search/?q=mobiliteit&type=practice&format=json")
    assert {key_of(hit) for hit in data["results"]} == expected


def test_domain_and_model_combine_with_counts_made_by_hand(search):
    data = search("/search/?domain=socio-cultural-participation&model=partnership&format=json")
    matching = (
        PracticePage.objects.live()
        .filter(life_domains__slug="socio-cultural-participation")
        .filter(
            Q(model__slug="partnership") | Q(model__isnull=True, project__model__slug="partnership")
        )
    )
    expected = set(matching.values_list("translation_key", flat=True))
    assert data["total"] == len(expected)
    assert {key_of(hit) for hit in data["results"]} == expected
    by_city = {}
    for translation_key in expected:
        city = matching.filter(translation_key=translation_key).first().city.slug
        by_city[city] = by_city.get(city, 0) + 1
    assert {b["value"]: b["count"] for b in data["facets"]["city"] if b["count"]} == by_city


def test_hostile_input_answers_with_a_page_not_an_error(client, demo, db):
    response = client.get("/search/?q=%22%5B(&city=nowhere&page=abc")
    assert response.status_code == 200
    assert "not recognised" in response.content.decode()
