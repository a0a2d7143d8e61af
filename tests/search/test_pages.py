"""What a reader sees: the search page, the practice index's facets, similar practices."""

from django.template import Context, Template

import pytest
from bs4 import BeautifulSoup

from tests import factories


@pytest.fixture
def sheets(practice_index, committed):
    with committed():
        guitar = factories.make_practice(
            practice_index,
            title="Guitar workshop",
            summary="Tenants play guitar <b>together</b>.",
            domains=("socio-cultural-participation",),
        )
        writing = factories.make_practice(
            practice_index,
            title="Writing workshop",
            summary="Tenants write texts together.",
            domains=("socio-cultural-participation",),
        )
        walk = factories.make_practice(
            practice_index, title="City walk", summary="A walk.", domains=("mobility",)
        )
    return guitar, writing, walk


def test_search_page_shows_hits_facets_and_noindex(client, sheets):
    response = client.get("/en/search/", {"q": "guitar", "domain": "socio-cultural-participation"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert "Guitar workshop" in html
    assert "<mark>guitar</mark>" in html
    assert "&lt;b&gt;together" in html  # page text is escaped, only the highlight is markup
    assert 'name="domain" value="socio-cultural-participation" checked' in html
    assert "Clear Life domain" in html


def test_plain_search_page_may_be_indexed(client, sheets):
    html = client.get("/en/search/").content.decode()
    assert 'content="noindex"' not in html


def test_empty_state_suggests_removing_a_filter(client, sheets):
    html = client.get("/en/search/", {"q": "guitar", "domain": "mobility"}).content.decode()
    assert "Nothing matches all of this." in html
    assert "Remove Life domain: Mobility" in html


def test_bad_input_answers_with_a_message(client, sheets):
    response = client.get("/en/search/?q=%22%5B(&city=nowhere&page=abc")
    assert response.status_code == 200
    assert "filter was not recognised" in response.content.decode()


def test_practice_index_browses_by_facet(client, sheets, practice_index):
    html = client.get(practice_index.url, {"domain": "mobility"}).content.decode()
    assert "City walk" in html and "Guitar workshop" not in html
    assert 'name="domain" value="socio-cultural-participation"' in html
    assert 'name="type"' not in html  # the index only lists sheets


def test_similar_practices_share_facets(sheets, rf):
    guitar, writing, walk = sheets
    template = Template("{% load practice_tags %}{% similar_practices page %}")
    html = template.render(Context({"page": guitar, "request": rf.get("/")}))
    listed = html.split("</h2>", 1)[1]
    assert "Guitar workshop" not in listed  # never the sheet itself
    # Writing shares the domain as well as the project; the walk only the project.
    assert listed.index("Writing workshop") < listed.index("City walk")


def test_practices_for_text_finds_sheets_by_any_longer_word(sheets, practice_index):
    from practices.related import practices_for_text

    found = practices_for_text("How do tenants write a guitar song?", practice_index.locale, 5)
    assert {page.title for page in found} == {"Guitar workshop", "Writing workshop"}


def test_control_characters_in_parameters_are_ignored(client, db):
    response = client.get("/en/search/", {"q": "guitar\x00", "domain": "\x00", "city": "na\x00mur"})
    assert response.status_code == 200


def test_an_empty_page_links_to_the_glossary_of_its_language(client, sheets, glossary_page):
    page = BeautifulSoup(client.get("/en/search/", {"q": "zzyzx"}).content, "html.parser")
    empty = page.find(class_="empty-state")
    assert empty.find("a", href=glossary_page.url) is not None
