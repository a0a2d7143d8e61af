"""A sheet's text, facts box, related sheets and language links, and home's
latest practices, are rendered once for every reader, and follow a publish, a
move, an unpublish or a renamed taxonomy term at once."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.template import RequestContext, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from kb import pagetree
from kb.taxonomy.models import LifeDomain
from practices.models import PracticeIndexPage, PracticePage, PracticePartner, RelatedPractice
from tests import factories

DOMAINS = ("socio-cultural-participation", "housing")


@pytest.fixture
def publishing(django_capture_on_commit_callbacks):
    """Run what a publish runs after its transaction commits (the search indexing) too."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def sheets(practice_index, publishing):
    """A guitar workshop that links to a choir, and the choir, alike enough to be similar."""
    guitar = publishing(factories.make_practice, practice_index, title="Guitar", domains=DOMAINS)
    choir = publishing(factories.make_practice, practice_index, title="Choir", domains=DOMAINS)
    guitar.related_practices = [RelatedPractice(practice=choir)]
    publishing(factories.publish, guitar)
    return guitar, choir


def page_of(client, url):
    """The page as rendered now: the whole-page cache bypassed, the fragments' cache not."""
    response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cards(page, heading_id):
    """(title, address) of the cards in the section under ``heading_id``."""
    section = page.find(id=heading_id).find_parent("section")
    return [(link.get_text(strip=True), link["href"]) for link in section.select(".card__title a")]


def facts(page):
    return page.select_one("aside.facts").get_text(" ", strip=True)


def test_a_fragment_is_rendered_once_then_served_to_every_reader(client, sheets):
    guitar, choir = sheets
    before = page_of(client, guitar.url)
    assert cards(before, "related-heading") == [("Choir", choir.url)]

    # A change no reader could see (no signal): the kept fragments are still served...
    PracticePage.objects.filter(pk=choir.pk).update(title="Choir, quietly renamed")
    member = Client()
    member.force_login(get_user_model().objects.create_user("coach", password="long enough 123"))
    for reader in (client, member):
        page = page_of(reader, guitar.url)
        assert cards(page, "related-heading") == [("Choir", choir.url)]
        assert cards(page, "similar-heading") == [("Choir", choir.url)]
    # ...and cost no query: the sheet reads the same with more links and similar sheets.
    with CaptureQueriesContext(connection) as kept:
        page_of(client, guitar.url)
    assert not any("search_similardocument" in query["sql"] for query in kept.captured_queries)
    assert not any("taxonomy_lifedomain" in query["sql"] for query in kept.captured_queries)


def test_fragments_follow_a_published_sheet(client, home, sheets, practice_index, publishing):
    guitar, choir = sheets
    page_of(client, guitar.url)
    page_of(client, home.url)

    choir.title = "Neighbourhood choir"
    publishing(factories.publish, choir)
    newest = publishing(factories.make_practice, practice_index, title="Calendar")

    page = page_of(client, guitar.url)
    assert cards(page, "related-heading") == [("Neighbourhood choir", choir.url)]
    assert ("Neighbourhood choir", choir.url) in cards(page, "similar-heading")
    assert cards(page_of(client, home.url), "latest-heading")[0] == ("Calendar", newest.url)


def goal(page):
    return page.find("h2", string="Goal").find_next_sibling("p").get_text(strip=True)


def test_the_sheet_text_is_kept_and_follows_a_published_change(client, sheets, publishing):
    guitar, _choir = sheets
    guitar.goal = "Play together"
    publishing(factories.publish, guitar)
    assert goal(page_of(client, guitar.url)) == "Play together"

    PracticePage.objects.filter(pk=guitar.pk).update(goal="Changed without a publish")
    assert goal(page_of(client, guitar.url)) == "Play together"

    guitar.goal = "Play and sing together"
    publishing(factories.publish, guitar)
    assert goal(page_of(client, guitar.url)) == "Play and sing together"


def test_fragments_follow_a_moved_sheet(client, home, sheets, publishing):
    guitar, choir = sheets
    old_address = choir.url
    assert cards(page_of(client, guitar.url), "related-heading") == [("Choir", old_address)]
    assert ("Choir", old_address) in cards(page_of(client, home.url), "latest-heading")

    archive = factories.publish(
        pagetree.add(home, PracticeIndexPage(title="Archive", slug="archive"))
    )
    publishing(choir.move, archive, pos="last-child")
    new_address = PracticePage.objects.get(pk=choir.pk).url

    assert new_address != old_address
    assert cards(page_of(client, guitar.url), "related-heading") == [("Choir", new_address)]
    assert ("Choir", new_address) in cards(page_of(client, home.url), "latest-heading")


def test_fragments_follow_an_unpublished_sheet(client, home, sheets, publishing):
    guitar, choir = sheets
    page = page_of(client, guitar.url)
    assert cards(page, "similar-heading") == [("Choir", choir.url)]
    assert ("Choir", choir.url) in cards(page_of(client, home.url), "latest-heading")

    publishing(choir.unpublish)

    shown = [link.get_text(strip=True) for link in page_of(client, guitar.url).select(".card a")]
    assert "Choir" not in shown
    assert [title for title, _url in cards(page_of(client, home.url), "latest-heading")] == [
        "Guitar"
    ]


def test_fragments_follow_a_renamed_taxonomy_term(client, home, sheets):
    guitar, _choir = sheets
    assert "Housing" in facts(page_of(client, guitar.url))
    page_of(client, home.url)

    housing = LifeDomain.objects.get(slug="housing")
    housing.name_en = "Home and dwelling"
    housing.save()

    assert "Home and dwelling" in facts(page_of(client, guitar.url))
    badges = page_of(client, home.url).select("#latest-heading ~ ul .badge--domain")
    assert "Home and dwelling" in [badge.get_text(strip=True) for badge in badges]


def test_a_preview_shows_the_unsaved_change_and_leaves_the_kept_fragments(client, sheets):
    guitar, _choir = sheets
    page_of(client, guitar.url)
    guitar.status = "ended"
    guitar.goal = "An unsaved goal"

    preview = BeautifulSoup(
        guitar.make_preview_request(original_request=None).content, "html.parser"
    )

    assert "Ended" in facts(preview)
    assert goal(preview) == "An unsaved goal"
    assert "Ended" not in facts(page_of(client, guitar.url))


def test_a_fragment_is_rendered_for_no_one_in_particular(rf, home):
    """What a member's rights would add to a shared fragment never reaches another reader."""
    fragment = Template(
        "{% load fragment_tags %}{% shared_fragment 'greeting' page %}"
        "{% if request.user.is_authenticated or user.is_authenticated %}Welcome, member"
        "{% else %}Welcome{% endif %}{% endshared_fragment %}"
    )
    request = rf.get(home.url)
    request.user = get_user_model().objects.create_user("coach", password="long enough 123")

    seen_by_member = fragment.render(RequestContext(request, {"page": home}))

    assert seen_by_member == "Welcome"
    assert request.user.is_authenticated  # the reader's own request is left as it was


@pytest.fixture
def named_partner(sheets, home, publishing):
    """The guitar workshop names a partner organisation."""
    guitar, _choir = sheets
    index = factories.publish(factories.make_partner_index(home))
    partner = factories.make_partner(index, title="Music school")
    guitar.partner_links = [PracticePartner(partner=partner)]
    publishing(factories.publish, guitar)
    return partner


def partners(page):
    return [link.get_text(strip=True) for link in page.select(".partners-involved a")]


def test_the_partners_a_sheet_names_are_kept_with_its_fragments(client, sheets, named_partner):
    guitar, _choir = sheets
    assert partners(page_of(client, guitar.url)) == ["Music school"]

    with CaptureQueriesContext(connection) as kept:
        assert partners(page_of(client, guitar.url)) == ["Music school"]

    assert not any("partners_partnerpage" in query["sql"] for query in kept.captured_queries)


def test_the_kept_partners_follow_a_renamed_and_an_unpublished_partner(
    client, sheets, named_partner, publishing
):
    guitar, _choir = sheets
    page_of(client, guitar.url)

    named_partner.title = "Academy of music"
    publishing(factories.publish, named_partner)
    assert partners(page_of(client, guitar.url)) == ["Academy of music"]

    publishing(named_partner.unpublish)
    assert partners(page_of(client, guitar.url)) == []
