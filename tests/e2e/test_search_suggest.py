"""Search as you type, in Chromium: a keyboard user picks a suggestion and lands on it."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .test_accessibility import WCAG_TAGS, describe

pytestmark = pytest.mark.e2e


def typed(page, box, text):
    box.click()
    box.press_sequentially(text, delay=60)
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    return listbox


def test_arrow_down_and_enter_open_the_suggested_page(browsing, demo_site):
    session = browsing()
    page = session.new_page()
    page.goto("/fr/search/")
    box = page.get_by_role("main").get_by_role("combobox")
    below = page.locator("main h1 ~ *").last.bounding_box()

    listbox = typed(page, box, "photograph")
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    count = options.count()
    assert count >= 1
    expect(box.locator("xpath=..").get_by_role("status")).to_contain_text(str(count))
    assert page.locator("main h1 ~ *").last.bounding_box() == below

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    assert not violations, describe(violations)

    box.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    title = first.inner_text()
    box.press("Enter")
    expect(page.locator("main h1")).to_have_text(title)
    assert not session.script_errors


def test_escape_closes_the_list_and_enter_then_searches(browsing, demo_site):
    page = browsing().new_page()
    page.goto("/en/")
    box = page.locator("#site-search")
    typed(page, box, "photograph")
    box.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=photograph$"))


def test_a_sheet_only_in_another_language_is_suggested_with_its_language(browsing, demo_site):
    """The guitar sheet has no Dutch version: the Dutch site proposes it, marked EN or FR."""
    page = browsing().new_page()
    page.goto("/nl/search/")
    box = page.get_by_role("main").get_by_role("combobox")
    first = typed(page, box, "guit").get_by_role("option").first
    language = first.get_attribute("lang")
    assert language in ("en", "fr")
    badge = first.evaluate("option => getComputedStyle(option, '::after').content")
    assert badge == f'"{language}"'
    assert first.evaluate("option => getComputedStyle(option, '::after').textTransform") == (
        "uppercase"
    )
