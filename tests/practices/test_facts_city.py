"""The city in the facts box of a sheet and of a partner leads to that city's page,
in the reader's language, even from a sheet's facts box kept for every reader."""

import pytest
from bs4 import BeautifulSoup

from kb.taxonomy.models import City, Region
from tests import factories

pytestmark = pytest.mark.django_db

NAMUR = {"nl": "Namen", "fr": "Namur"}


@pytest.fixture
def namur(db):
    wallonia = Region.objects.create(
        slug="wallonia", name_nl="Wallonië", name_fr="Wallonie", name_en="Wallonia"
    )
    return City.objects.create(
        slug="namur", name_nl="Namen", name_fr="Namur", name_en="Namur", region=wallonia
    )


@pytest.fixture
def sheet(practice_index, namur):
    project = factories.make_project("namur-relais", city=namur.slug)
    return factories.make_practice(practice_index, "Guitar workshop", project=project)


@pytest.fixture
def partner(home, namur):
    index = factories.make_partner_index(home)
    return factories.make_partner(index, "Théâtre de Namur", city=namur)


def facts_of(client, url):
    """The facts box as rendered now: the whole-page cache bypassed, the fragments' cache not."""
    response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one("aside.facts")


def follow_city_link(client, page, language):
    """The city page the facts box of ``page`` in ``language`` leads to, after its region link."""
    translated = factories.translate(page, language)
    facts = facts_of(client, translated.url)
    # Twice: the second time the sheet's facts box is the one kept for every reader.
    assert str(facts) == str(facts_of(client, translated.url))

    city = facts.find("a", string=NAMUR[language])
    assert city["href"] == f"/{language}/cities/namur/"
    assert facts.find("a", href=f"/{language}/search/?region=wallonia") is not None
    response = client.get(city["href"])
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_city_of_a_sheet_leads_to_its_city_page(client, sheet, language):
    city_page = follow_city_link(client, sheet, language)

    assert city_page.html["lang"] == language
    assert city_page.h1.get_text(strip=True) == NAMUR[language]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_city_of_a_partner_leads_to_its_city_page(client, partner, language):
    city_page = follow_city_link(client, partner, language)

    assert city_page.html["lang"] == language
    assert city_page.h1.get_text(strip=True) == NAMUR[language]
