"""On a 375 px wide phone the pages fit, results come first and the header stays at hand."""

import pytest
from playwright.sync_api import expect

from .browsing import horizontal_overflow, screenshot
from .site_pages import CASE_IDS, CASES, LANGUAGES, PAGE_TYPES, open_page

pytestmark = pytest.mark.e2e

LISTINGS = [page_type for page_type in PAGE_TYPES if page_type.kind in ("search", "practice_index")]
PICTURED = [
    page_type
    for page_type in PAGE_TYPES
    if page_type.kind in ("search", "practice_index", "practice", "session")
]


def top_of(locator):
    return locator.evaluate("element => element.getBoundingClientRect().top")


@pytest.mark.parametrize(("page_type", "language"), CASES, ids=CASE_IDS)
def test_page_fits_a_375px_screen(browsing, demo_site, page_type, language):
    _session, page = open_page(browsing, demo_site, page_type, language, phone=True)
    assert page.evaluate("window.innerWidth") == 375
    overflow = horizontal_overflow(page)
    if overflow > 0:
        screenshot(page, f"overflow-{page_type.kind}-{language}")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the 375px screen"
    assert page.locator("input[type=search]").count() <= 1, f"{page.url} has two search boxes"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", LISTINGS, ids=lambda page_type: page_type.kind)
def test_the_first_result_is_on_the_first_phone_screen(browsing, demo_site, page_type, language):
    _session, page = open_page(browsing, demo_site, page_type, language, phone=True)
    first = page.locator(".result-list > li").first
    expect(first).to_be_visible()
    screen = page.evaluate("window.innerHeight")
    assert top_of(first) < screen, f"the first result of {page.url} starts below the first screen"
    expect(page.locator(".facets")).to_be_hidden()
    expect(page.locator("input[type=search]")).to_have_count(1)
    screenshot(page, f"phone-first-screen-{page_type.kind}-{language}", full_page=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_filters_open_as_a_panel_and_show_as_removable_chips(browsing, demo_site, language):
    page_type = next(page_type for page_type in LISTINGS if page_type.kind == "practice_index")
    _session, page = open_page(browsing, demo_site, page_type, language, phone=True)
    toggle = page.locator("[aria-controls=facets-panel]")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".chips")).to_have_count(0)
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    facet = page.locator(".facets input[type=checkbox]").first
    expect(facet).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".facets")).to_be_hidden()
    expect(toggle).to_be_focused()

    toggle.click()
    label = facet.evaluate("el => el.closest('label').querySelector('span').textContent.trim()")
    with page.expect_navigation():
        facet.check()
    chip = page.locator(".chips .chip")
    expect(chip).to_have_count(1)
    expect(chip).to_contain_text(label)
    expect(page.locator("[aria-controls=facets-panel]")).to_contain_text("1")
    assert top_of(chip) < top_of(page.locator(".result-list > li").first)
    screenshot(page, f"phone-filtered-{language}", full_page=False)
    with page.expect_navigation():
        chip.click()
    expect(page.locator(".chips")).to_have_count(0)


def test_the_header_stays_at_hand_and_its_menu_opens(browsing, demo_site):
    page_type = next(page_type for page_type in PAGE_TYPES if page_type.kind == "practice")
    _session, page = open_page(browsing, demo_site, page_type, "fr", phone=True)
    menu_button = page.locator("[aria-controls=site-menu]")
    navigation = page.locator(".main-nav")
    expect(navigation).to_be_hidden()
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("window.scrollY") > 0
    expect(page.locator("#site-search")).to_be_in_viewport()
    menu_button.click()
    expect(navigation).to_be_visible()
    expect(navigation.get_by_role("link").first).to_be_in_viewport()


def test_a_sessions_steps_table_reflows_on_a_phone(browsing, demo_site):
    page_type = next(page_type for page_type in PAGE_TYPES if page_type.kind == "session")
    _session, page = open_page(browsing, demo_site, page_type, "nl", phone=True)
    minutes = page.locator(".iv-steps tbody td.iv-num").first
    expect(minutes).to_be_visible()
    right = minutes.evaluate("element => element.getBoundingClientRect().right")
    assert right <= page.evaluate("window.innerWidth"), "the minutes column is cut off"
    hidden_sideways = page.locator(".iv-steps").evaluate(
        "table => table.parentElement.scrollWidth - table.parentElement.clientWidth"
    )
    assert hidden_sideways <= 0, "the steps table scrolls sideways"


@pytest.mark.parametrize("phone", [True, False], ids=["375px", "1280px"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PICTURED, ids=lambda page_type: page_type.kind)
def test_key_pages_at_phone_and_desktop_widths(browsing, demo_site, page_type, language, phone):
    _session, page = open_page(browsing, demo_site, page_type, language, phone=phone)
    width = "375px" if phone else "1280px"
    screenshot(page, f"screen-{page_type.kind}-{language}-{width}")
    assert horizontal_overflow(page) <= 0
    expect(page.locator(".site-header__menu-button")).to_be_visible(visible=phone)
