"""The language switcher keeps the visitor on the same page in the other language."""

from http import HTTPStatus

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from kb.glossary.models import GlossaryTerm
from tests import factories


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def switcher_link(response, language):
    switcher = parse(response).find("nav", class_="language-switcher")
    return switcher.find("a", hreflang=language)


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr")}


@pytest.fixture
def sheet(practice_index, locales):
    """An English practice sheet translated into French only."""
    original = factories.make_practice(practice_index, title="Guitar workshop")
    translation = factories.translate(original, "fr")
    translation.title = "Atelier guitare"
    factories.publish(translation)
    return original, translation


def test_switcher_on_a_sheet_leads_to_its_translation(client, sheet):
    original, french = sheet

    link = switcher_link(client.get(original.url), "fr")

    assert link["href"] == french.url
    assert "Atelier guitare" in client.get(link["href"]).content.decode()
    back = switcher_link(client.get(french.url), "en")
    assert back["href"] == original.url


def test_sheet_shows_the_languages_it_also_exists_in(client, sheet):
    original, french = sheet

    also_in = parse(client.get(original.url)).find(class_="also-in")

    assert [a["hreflang"] for a in also_in.find_all("a")] == ["fr"]
    assert also_in.find("a")["href"] == french.url


def test_switcher_says_when_a_sheet_has_no_translation_and_offers_the_original(client, sheet):
    original, _french = sheet
    factories.translate(original.get_parent(), "nl")

    response = client.get(original.url)
    link = switcher_link(response, "nl")

    assert "is-untranslated" in link["class"]
    note = parse(response).find(id=link["aria-describedby"])
    assert note is not None and note.get_text(strip=True)
    landing = client.get(link["href"])
    assert landing.status_code == HTTPStatus.OK
    html = parse(landing)
    assert html.html["lang"] == "nl"
    notice = html.find(attrs={"role": "note"})
    offered = notice.find("a", href=original.url)
    assert offered is not None and offered["hreflang"] == "en"


def test_untranslated_sheet_leads_to_the_nearest_translated_page(client, sheet):
    original, _french = sheet
    dutch_index = factories.translate(original.get_parent(), "nl")

    link = switcher_link(client.get(original.url), "nl")

    assert link["href"].split("?")[0] == dutch_index.url


def test_an_unpublished_translation_is_not_offered(client, sheet):
    original, french = sheet
    french.unpublish()

    link = switcher_link(client.get(original.url), "fr")

    assert link["href"] != french.url
    assert "is-untranslated" in link["class"]


@pytest.mark.parametrize("value", ["", "abc", "-1", "99999999", "1e3", "²", "9" * 40])
def test_odd_untranslated_parameters_are_ignored(client, home, value):
    response = client.get(home.url, {"untranslated": value})

    assert response.status_code == HTTPStatus.OK
    assert parse(response).find(attrs={"role": "note"}) is None


def test_switcher_on_other_views_keeps_the_address_and_query(client, home):
    response = client.get("/fr/search/", {"q": "gitaar", "domain": "culture"})

    link = switcher_link(response, "nl")

    assert link["href"] == "/nl/search/?q=gitaar&domain=culture"
    current = (
        parse(response).find("nav", class_="language-switcher").find(attrs={"aria-current": True})
    )
    assert current["hreflang"] == "fr"


def test_switcher_on_a_glossary_term_leads_to_the_same_term(client, home, locales):
    term = GlossaryTerm.objects.create(
        slug="intervision",
        name_nl="intervisie",
        name_fr="intervision",
        name_en="intervision",
        definition_nl="Collegiaal leren.",
        definition_fr="Apprendre entre pairs.",
        definition_en="Learning from peers.",
    )
    glossary = factories.publish(factories.make_glossary(home))
    dutch = factories.translate(glossary, "nl")
    dutch.slug = "woordenlijst"
    factories.publish(dutch)

    link = switcher_link(client.get(glossary.term_url(term)), "nl")

    assert link["href"] == dutch.term_url(term)
    assert "Collegiaal leren." in client.get(link["href"]).content.decode()


def test_switcher_on_a_missing_page_leads_to_each_home(client, home, locales):
    dutch_home = factories.translate(home, "nl")

    response = client.get("/en/no-such-page/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert switcher_link(response, "nl")["href"] == dutch_home.url


def test_the_chosen_language_is_remembered_for_addresses_without_a_prefix(client, home, locales):
    french_home = factories.translate(home, "fr")

    client.get(french_home.url)
    response = client.get("/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/fr/"
    client.get(home.url)
    assert client.get("/")["Location"] == "/en/"


def test_no_untranslated_notice_for_a_page_that_has_a_translation(client, sheet, locales):
    original, _french = sheet
    french_home = original.get_parent().get_parent().get_translation(locales["fr"])

    response = client.get(french_home.url, {"untranslated": original.pk})

    assert parse(response).find(attrs={"role": "note"}) is None
