"""The menu, breadcrumbs and language links are cached, yet follow every content change at once."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Locale

from bs4 import BeautifulSoup

from intervision.models import IntervisionIndexPage
from tests import factories


def page_of(client, url):
    """The page as rendered now (the whole-page cache bypassed, the navigation cache not)."""
    return BeautifulSoup(client.get(url, HTTP_CACHE_CONTROL="no-cache").content, "html.parser")


def menu(client, url):
    return [link.get_text(strip=True) for link in page_of(client, url).select(".main-nav a")]


def breadcrumbs(client, url):
    return [item.get_text(strip=True) for item in page_of(client, url).select(".breadcrumbs li")]


def test_a_section_published_after_a_visit_is_in_the_next_menu(client, home, practice_index):
    assert menu(client, home.url) == ["Practices", "Search"]

    factories.publish(factories.make_glossary(home))
    assert menu(client, home.url) == ["Practices", "Glossary", "Search"]

    practice_index.unpublish()
    assert menu(client, home.url) == ["Glossary", "Search"]


def test_the_members_section_stays_out_of_the_menu_of_anonymous_visitors(client, home):
    factories.publish(
        home.add_child(instance=IntervisionIndexPage(title="Intervision", slug="intervision"))
    )
    member = Client()
    member.force_login(get_user_model().objects.create_user("coach", password="long enough 123"))

    assert "Intervision" in menu(member, home.url)
    assert "Intervision" not in menu(client, home.url)


def test_breadcrumbs_follow_a_renamed_section(client, practice_index):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    assert breadcrumbs(client, sheet.url) == ["Ancora", "Practices", "Guitar workshop"]

    practice_index.title = "Practice sheets"
    factories.publish(practice_index)

    assert breadcrumbs(client, sheet.url) == ["Ancora", "Practice sheets", "Guitar workshop"]


def test_switcher_follows_a_translation_published_after_a_visit(client, practice_index):
    Locale.objects.create(language_code="nl")
    sheet = factories.make_practice(practice_index, title="Guitar workshop")

    def dutch_link():
        switcher = page_of(client, sheet.url).find("nav", class_="language-switcher")
        return switcher.find("a", hreflang="nl")["href"].split("?")[0]

    assert dutch_link() == "/nl/"
    dutch_index = factories.translate(practice_index, "nl")

    assert dutch_link() == dutch_index.url


def test_switcher_follows_a_translation_moved_then_unpublished_after_a_visit(
    client, home, practice_index
):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    dutch = factories.translate(sheet, "nl")

    def dutch_link():
        switcher = page_of(client, sheet.url).find("nav", class_="language-switcher")
        return switcher.find("a", hreflang="nl")["href"].split("?")[0]

    assert dutch_link() == dutch.url
    archive = factories.publish(
        home.get_translation(dutch.locale).add_child(
            instance=practice_index.__class__(title="Archief", slug="archief", locale=dutch.locale)
        )
    )
    dutch.move(archive, pos="last-child")
    moved = dutch.__class__.objects.get(pk=dutch.pk)

    assert moved.url != dutch.url
    assert dutch_link() == moved.url
    moved.unpublish()
    assert dutch_link() != moved.url
