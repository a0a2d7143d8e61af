"""A glossary term lists the practice sheets that use it, whatever their language."""

import pytest
from bs4 import BeautifulSoup

from kb.glossary.models import GlossaryTerm
from tests import factories


@pytest.fixture
def term(db):
    return GlossaryTerm.objects.create(
        slug="anchoring",
        name_nl="verankering",
        name_fr="ancrage",
        name_en="anchoring",
        definition_nl="Verankering.",
        definition_fr="Ancrage.",
        definition_en="Anchoring.",
    )


@pytest.fixture
def glossaries(home):
    """The glossary in English and in Dutch."""
    english = factories.publish(factories.make_glossary(home))
    dutch = factories.translate(english, "nl")
    dutch.slug = "woordenlijst"
    return {"en": english, "nl": factories.publish(dutch)}


@pytest.fixture
def french_index(practice_index):
    return factories.publish(factories.translate(practice_index, "fr"))


def listed(client, glossary, term):
    """(title, language badge) of each sheet the term's page lists, in order."""
    page = BeautifulSoup(client.get(glossary.term_url(term)).content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "term-practices-heading"})
    return [
        (card.find(class_="card__title").get_text(strip=True), card.find(class_="badge--lang").text)
        for card in section.find_all("article", class_="card--practice")
    ]


def test_a_sheet_only_in_another_language_is_listed_with_its_language(
    client, glossaries, term, french_index
):
    factories.make_practice(french_index, title="Marche d'ancrage")

    assert listed(client, glossaries["nl"], term) == [("Marche d'ancrage", "FR")]


def test_the_readers_language_comes_first(client, glossaries, term, practice_index, french_index):
    factories.make_practice(french_index, title="Atelier d'ancrage")
    factories.make_practice(practice_index, title="Walk of anchoring")

    assert listed(client, glossaries["en"], term) == [
        ("Walk of anchoring", "EN"),
        ("Atelier d'ancrage", "FR"),
    ]


def test_a_translated_sheet_is_listed_once_in_the_readers_language(
    client, glossaries, term, practice_index
):
    english = factories.make_practice(practice_index, title="Anchoring walk")
    french = factories.translate(english, "fr")
    french.title = "Balade d'ancrage"
    factories.publish(french)

    assert listed(client, glossaries["en"], term) == [("Anchoring walk", "EN")]
