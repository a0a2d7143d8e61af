"""One look across the site: the logo's type, the buttons, the progress bar, the agenda."""

import pytest
from playwright.sync_api import expect

from .browsing import screenshot
from .site_pages import LANGUAGES, PAGE_TYPES, open_page

pytestmark = pytest.mark.e2e

BUTTON_LOOK = ("background-color", "color", "border-radius", "font-family", "font-weight")


def page_type(kind):
    return next(candidate for candidate in PAGE_TYPES if candidate.kind == kind)


def styles(locator, properties):
    return locator.evaluate(
        "(element, names) => names.map(name => getComputedStyle(element).getPropertyValue(name))",
        list(properties),
    )


def test_the_logo_is_set_in_the_type_of_the_text(browsing, demo_site):
    _session, page = open_page(browsing, demo_site, page_type("practice"), "nl")
    logo = styles(page.locator(".brand__name"), ["font-family"])
    text = styles(page.locator("main p").first, ["font-family"])
    assert logo == text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_agenda_has_the_sites_buttons_and_links(browsing, demo_site, language):
    _session, sheet = open_page(browsing, demo_site, page_type("login"), language)
    site_button = styles(sheet.locator("main button[type=submit]"), BUTTON_LOOK)
    _session, sheet = open_page(browsing, demo_site, page_type("practice"), language)
    site_link = styles(sheet.locator(".breadcrumbs a").first, ["color"])

    _session, agenda = open_page(browsing, demo_site, page_type("agenda"), language)
    print_button = agenda.locator("[data-print]")
    expect(print_button).to_be_visible()
    assert styles(print_button, BUTTON_LOOK) == site_button
    assert styles(agenda.locator(".iv-print__tools a"), ["color"]) == site_link
    screenshot(agenda, f"agenda-{language}")


def test_the_onboarding_progress_bar_is_drawn_by_the_site(browsing, demo_site):
    _session, page = open_page(browsing, demo_site, page_type("onboarding"), "fr")
    progress = page.locator("progress").first
    expect(progress).to_be_visible()
    assert styles(progress, ["appearance"]) == ["none"]
    screenshot(page, "onboarding-progress-fr", full_page=False)
