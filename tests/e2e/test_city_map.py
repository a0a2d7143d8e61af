"""The city page and the map of Belgium: WCAG 2.2 AA, phone and desktop, reachable by keyboard."""

import pytest
from playwright.sync_api import expect

from .browsing import horizontal_overflow, screenshot
from .keyboard import focus_is_visible, tab_until
from .site_pages import LANGUAGES
from .test_accessibility import AXE, WCAG_TAGS, describe

pytestmark = pytest.mark.e2e

WIDTHS = {"phone": True, "desktop": False}
DEMO_CITIES = 8


def city_map_pages(site, language):
    return {
        "city": f"/{language}/cities/namur/",
        "practice_index": site.page(language, "practice_index"),
        "partner_index": site.page(language, "partner_index"),
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["city", "practice_index", "partner_index"])
def test_the_map_meets_wcag_22_aa_and_fits_the_screen(browsing, demo_site, kind, language, width):
    session = browsing(phone=WIDTHS[width])
    page = session.new_page()
    response = page.goto(city_map_pages(demo_site, language)[kind])
    assert response is not None and response.status == 200
    assert page.locator("html").get_attribute("lang") == language

    city_map = page.locator(".city-map")
    expect(city_map.locator("svg a")).to_have_count(DEMO_CITIES)
    expect(city_map.locator(".city-map__list a")).to_have_count(DEMO_CITIES)
    results = AXE.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    city_map.scroll_into_view_if_needed()
    screenshot(page, f"city-map-{kind}-{language}-{width}")
    assert not violations, f"{page.url}\n{describe(violations)}"
    assert horizontal_overflow(page) <= 0
    assert not session.script_errors


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_city_of_the_map_is_reached_with_the_tab_key(browsing, demo_site, language):
    page = browsing(phone=True).new_page()
    page.goto(f"/{language}/cities/namur/")
    first = tab_until(
        page,
        lambda element: element.evaluate("e => !!e.closest('.city-map svg') && e.matches('a')"),
        "a city on the map",
    )
    assert focus_is_visible(first)
    reached = [first.get_attribute("href")]
    for _ in range(DEMO_CITIES - 1):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.getAttribute('href')"))
    assert len(set(reached)) == DEMO_CITIES
    assert all(href.startswith(f"/{language}/cities/") for href in reached)

    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{demo_site.url}{reached[-1]}")
    expect(page.locator("h1")).to_be_visible()
