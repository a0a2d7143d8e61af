"""Every page type renders as an accessible, self-contained document in each language."""

from http import HTTPStatus

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from kb.glossary.models import GlossaryTerm
from kb.home.models import StandardPage
from practices import blocks
from tests import factories

LANGUAGES = ["nl", "fr", "en"]


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def term(db):
    return GlossaryTerm.objects.create(
        slug="reanchoring",
        name_nl="sociale herankering",
        name_fr="ancrage social",
        name_en="social reanchoring",
        definition_nl="Opnieuw verbonden raken.",
        definition_fr="Retisser des liens.",
        definition_en="Weaving bonds again.",
    )


@pytest.fixture
def site_in_three_languages(home, practice_index, term):
    """The same small site in en (original), nl and fr: page kind -> language -> page."""
    standard = factories.publish(
        home.add_child(instance=StandardPage(title="The two models", slug="models"))
    )
    practice = factories.make_practice(practice_index, title="Guitar workshop")
    glossary = factories.publish(factories.make_glossary(home))
    originals = {
        "home": home,
        "standard": standard,
        "practice_index": practice_index,
        "practice": practice,
        "glossary": glossary,
    }
    pages = {kind: {"en": page} for kind, page in originals.items()}
    for language in ("nl", "fr"):
        for kind, page in originals.items():
            pages[kind][language] = factories.translate(page, language)
    return pages


def assert_accessible_frame(response, language):
    """The landmarks, skip link, language and single title every page must have."""
    assert response.status_code == HTTPStatus.OK
    html = parse(response)
    assert html.html["lang"] == language
    assert html.find("a", class_="skip-link")["href"] == "#main"
    assert html.find("main", id="main") is not None
    assert html.find("header", class_="site-header") is not None
    assert html.find("footer") is not None
    assert html.find("nav", attrs={"aria-label": True}, class_="main-nav") is not None
    search = html.find("form", attrs={"role": "search"})
    field = search.find("input", attrs={"name": "q"})
    assert html.find("label", attrs={"for": field["id"]}) is not None
    assert len(html.find_all("h1")) == 1
    # Named, so that browsers do not ask for a /favicon.ico that is not there.
    icon = html.find("link", rel="icon")["href"]
    assert finders.find(icon.removeprefix(settings.STATIC_URL))
    return html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "standard", "practice_index", "practice", "glossary"])
def test_page_types_render_with_landmarks_in_the_language_of_the_address(
    client, site_in_three_languages, kind, language
):
    page = site_in_three_languages[kind][language]
    url = page.url

    assert url.startswith(f"/{language}/")
    assert_accessible_frame(client.get(url), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_glossary_term_page_renders_with_its_three_names(
    client, site_in_three_languages, term, language
):
    glossary = site_in_three_languages["glossary"][language]

    html = assert_accessible_frame(client.get(glossary.term_url(term)), language)

    names = html.find("dl", class_="term-names").get_text()
    for name in (term.name_nl, term.name_fr, term.name_en):
        assert name in names
    crumbs = html.find("nav", class_="breadcrumbs")
    assert crumbs.find("a", href=glossary.url) is not None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["login/", "no-such-page/"])
def test_other_views_render_with_landmarks(client, home, language, path):
    response = client.get(f"/{language}/{path}")
    if path == "no-such-page/":
        assert response.status_code == HTTPStatus.NOT_FOUND
        response.status_code = HTTPStatus.OK
    assert_accessible_frame(response, language)


def test_glossary_lists_terms_alphabetically_with_their_three_names(client, home):
    for slug, en in (("zeta", "Zest"), ("alpha", "Anchor"), ("mid", "Mooring")):
        GlossaryTerm.objects.create(
            slug=slug,
            name_nl=f"{en} nl",
            name_fr=f"{en} fr",
            name_en=en,
            definition_nl="-",
            definition_fr="-",
            definition_en="-",
        )
    glossary = factories.publish(factories.make_glossary(home))

    html = parse(client.get(glossary.url))

    titles = [dt.get_text(strip=True) for dt in html.select(".glossary dt")]
    assert titles == ["Anchor", "Mooring", "Zest"]
    first = html.select_one(".glossary__entry")
    assert "Anchor nl" in first.get_text() and "Anchor fr" in first.get_text()


def test_practice_sheet_shows_every_part_of_the_sheet(client, practice_index):
    source = factories.make_practice(practice_index, title="Writing workshop in Brussels")
    page = factories.make_practice(
        practice_index,
        title="Guitar workshop",
        goal="Make music together every week.",
        target_group="Tenants who live alone.",
        preconditions="A room and two guitars.",
        transferability="Any team with one musician can start.",
        contact="coaches@example.org",
        adapted_from=source,
        body=[
            ("context", "<p>Started during the lockdown.</p>"),
            ("steps", [{"title": "Find a room", "description": "Ask the library."}]),
            ("testimony", {"quote": "I play again.", "role": "tenant", "city": "Namur"}),
            (
                "results",
                {
                    "observed": "<p>New friendships.</p>",
                    "indicators": [blocks.REANCHORING_INDICATORS[0][0]],
                },
            ),
        ],
    )
    page.tags.add("music")
    factories.publish(page)

    html = parse(client.get(page.url))

    text = html.get_text(" ", strip=True)
    for expected in (
        "Make music together every week.",
        "Tenants who live alone.",
        "A room and two guitars.",
        "Any team with one musician can start.",
        "Started during the lockdown.",
        "Find a room",
        "I play again.",
        "New friendships.",
        str(blocks.REANCHORING_INDICATORS[0][1]),
    ):
        assert expected in text
    headings = [h2.get_text(strip=True) for h2 in html.select(".sheet-section h2")]
    assert str(blocks.PracticeBodyBlock().child_blocks["context"].label) in headings
    facts = html.find("aside", class_="facts")
    assert facts.find("a", href=source.url) is not None
    assert facts.find("a", href="mailto:coaches@example.org") is not None
    assert facts.find("a", href="/en/search/?tag=music") is not None
    assert facts.find("a", href="/en/search/?domain=housing") is not None
    assert facts.find("a", href=f"/en/cities/{page.city.slug}/") is not None
    assert html.find("button", attrs={"data-print": True}) is not None

    adapted = parse(client.get(source.url)).find("aside", class_="facts")
    assert adapted.find("a", href=page.url) is not None


def test_practice_sheet_lists_its_related_practices(client, practice_index):
    other = factories.make_practice(practice_index, title="Neighbourhood walk")
    page = factories.make_practice(practice_index, title="Guitar workshop")
    page.related_practices.create(practice=other)
    factories.publish(page)

    related = parse(client.get(page.url)).find("section", class_="related")

    assert related.find("a", href=other.url) is not None


def test_pages_carry_no_inline_style_or_script(client, practice_index):
    page = factories.make_practice(practice_index, title="Guitar workshop")

    html = parse(client.get(page.url))

    assert html.find(attrs={"style": True}) is None
    assert all(script.get("src") for script in html.find_all("script"))
    assert not html.find_all("style")
    external = [
        tag.get("href") or tag.get("src")
        for tag in html.find_all(["link", "script", "img"])
        if (tag.get("href") or tag.get("src") or "").startswith(("http:", "https:", "//"))
    ]
    assert external == []


def test_home_shows_persona_entry_points_and_latest_practices(client, home, practice_index):
    practice = factories.make_practice(practice_index, title="Guitar workshop")

    html = parse(client.get(home.url))

    personas = html.find("section", class_="personas")
    assert personas.find("a", href=f"/admin/pages/add/practices/practicepage/{practice_index.pk}/")
    assert html.find("article", class_="card--practice").find("a", href=practice.url)


def test_members_see_upcoming_and_a_sign_out_form(client, home):
    user = get_user_model().objects.create_user("coach", password="a long enough secret")
    client.force_login(user)

    html = parse(client.get(home.url))

    sign_out = html.find("form", class_="account__signout")
    assert sign_out["method"] == "post"
    assert sign_out.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
    assert html.find(id="sessions-heading") is not None
    assert html.find(id="exchange-heading") is not None


def test_anonymous_visitors_are_offered_to_sign_in(client, home):
    html = parse(client.get(home.url))

    assert html.find("form", class_="account__signout") is None
    assert html.find("a", href=f"/en/login/?next={home.url}") is not None
    assert html.find(id="sessions-heading") is None


def test_sign_in_form_labels_every_field(client, home):
    html = parse(client.get("/fr/login/"))

    form = html.find("form", class_="form")
    for field in form.find_all("input", attrs={"type": ["text", "password"]}):
        assert form.find("label", attrs={"for": field["id"]}) is not None


def test_repeated_failed_sign_ins_lock_the_account_with_a_clear_message(client, home, settings):
    get_user_model().objects.create_user("coach", password="the right password 42")
    attempts = settings.AXES_FAILURE_LIMIT + 1

    for _attempt in range(attempts):
        response = client.post("/fr/login/", {"username": "coach", "password": "wrong"})

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    html = parse(response)
    assert html.html["lang"] == "fr"
    assert html.find(attrs={"role": "alert"}) is not None
    with translation.override("fr"):
        assert html.find("h1").get_text(strip=True) == str(
            translation.gettext("Account temporarily locked")
        )


def test_server_error_page_renders_without_a_request(db):
    with translation.override("nl"):
        html = BeautifulSoup(render_to_string("500.html"), "html.parser")

    assert html.html["lang"] == "nl"
    assert html.find("main") is not None and html.find("h1") is not None
