"""A city page gathers its partners by kind and its practice sheets, in the reader's language."""

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def namur_corpus(practice_index, partner_index):
    namur = factories.make_project("namur-relais", city="namur", region="wallonia")
    ghent = factories.make_project("ghent-ocmw", city="ghent", region="flanders")
    factories.make_partner(partner_index, "Théâtre de Namur", kind="culture", city=namur.city)
    factories.make_partner(partner_index, "Musée de la ville", kind="culture", city=namur.city)
    factories.make_partner(partner_index, "Club de boxe", kind="sport", city=namur.city)
    factories.make_partner(partner_index, "Buurtcentrum", kind="sport", city=ghent.city)
    factories.make_practice(practice_index, "Guitar workshop", project=namur)
    factories.make_practice(practice_index, "Photo project", project=ghent)
    factories.make_practice(practice_index, "Hidden: awaiting", project=namur, anonymised=False)
    factories.make_practice(practice_index, "Hidden: withdrawn", project=namur).unpublish()
    french_index = factories.translate(practice_index, "fr")
    factories.make_practice(french_index, "Atelier d'écriture", project=namur)
    return namur.city


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def test_the_city_page_groups_its_partners_by_kind(client, namur_corpus):
    page = soup(client, "/en/cities/namur/")

    assert page.h1.get_text(strip=True) == "namur"
    section = page.find(id="city-partners-heading").parent
    groups = {
        kind.h3.get_text(strip=True): [link.get_text(strip=True) for link in kind.select("li > a")]
        for kind in section.select(".city-kind")
    }
    assert groups == {
        "Culture": ["Musée de la ville", "Théâtre de Namur"],
        "Sport": ["Club de boxe"],
    }


def test_the_city_page_lists_only_its_public_sheets_in_the_readers_language(client, namur_corpus):
    english = soup(client, "/en/cities/namur/").find(id="city-practices-heading").parent
    french = soup(client, "/fr/cities/namur/").find(id="city-practices-heading").parent

    assert [title.get_text(strip=True) for title in english.select(".card__title")] == [
        "Guitar workshop"
    ]
    assert [title.get_text(strip=True) for title in french.select(".card__title")] == [
        "Atelier d'écriture"
    ]


def test_the_city_page_speaks_the_readers_language(client, namur_corpus):
    page = soup(client, "/nl/cities/namur/")
    assert page.html["lang"] == "nl"
    assert page.find(id="city-partners-heading").get_text(strip=True) == "Partnerorganisaties"
    assert "Nog geen" in page.find(id="city-practices-heading").parent.get_text()


def test_an_unknown_city_is_a_404(client, namur_corpus):
    assert client.get("/en/cities/atlantis/").status_code == 404


def test_every_city_page_is_in_the_sitemap_in_each_language(client, namur_corpus):
    body = client.get("/sitemap.xml").content.decode()
    for language in ("nl", "fr", "en"):
        for city in ("namur", "ghent"):
            assert f"http://testserver/{language}/cities/{city}/" in body
