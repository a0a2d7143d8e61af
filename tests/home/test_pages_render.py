"""Every public page type answers at its address."""

from http import HTTPStatus

import pytest

from kb.glossary.models import GlossaryTerm
from kb.home.models import StandardPage
from tests import factories


@pytest.fixture
def term(db):
    return GlossaryTerm.objects.create(
        slug="intervision",
        name_nl="intervisie",
        name_fr="intervision",
        name_en="intervision",
        definition_nl="Collegiaal leren.",
        definition_fr="Apprentissage entre pairs.",
        definition_en="Learning from peers.",
    )


def test_home_page_renders(client, home):
    assert client.get(home.url).status_code == HTTPStatus.OK


def test_standard_page_renders(client, home):
    page = home.add_child(instance=StandardPage(title="The two models", slug="models"))
    factories.publish(page)
    response = client.get(page.url)
    assert response.status_code == HTTPStatus.OK
    assert b"The two models" in response.content


def test_practice_index_and_sheet_render(client, practice_index):
    sheet = factories.make_practice(practice_index, title="Writing workshop")
    assert client.get(practice_index.url).status_code == HTTPStatus.OK
    assert b"Writing workshop" in client.get(sheet.url).content


def test_glossary_lists_terms_and_each_term_has_a_page(client, home, term):
    glossary = factories.make_glossary(home)
    listing = client.get(glossary.url)
    assert b"intervision" in listing.content
    detail = client.get(glossary.term_url(term))
    assert detail.status_code == HTTPStatus.OK
    assert b"Learning from peers." in detail.content


def test_unknown_glossary_term_is_not_found(client, home, term):
    glossary = factories.make_glossary(home)
    assert client.get(glossary.url + "no-such-term/").status_code == HTTPStatus.NOT_FOUND
