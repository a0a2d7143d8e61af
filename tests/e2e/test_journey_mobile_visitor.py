"""A visitor on a 375 px phone searches in Dutch, filters and opens a result by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from .browsing import horizontal_overflow, results_count, screenshot
from .keyboard import focus_is_visible, tab_until

pytestmark = pytest.mark.e2e

QUERY = "huurders"


def is_facet_with_results(element):
    return element.evaluate(
        """element => element.matches('.facets input[type=checkbox]:not(:checked)')
            && Number(element.closest('label').querySelector('.facet-count').textContent) > 0"""
    )


def test_phone_visitor_searches_filters_and_opens_a_result_with_the_keyboard(browsing):
    page = browsing(phone=True).new_page()
    page.goto("/nl/")

    search_box = tab_until(page, lambda el: el.get_attribute("type") == "search", "the search box")
    assert focus_is_visible(search_box)
    page.keyboard.type(QUERY)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/nl/search/\?q={QUERY}$"))
    screenshot(page, "mobile-1-search-results", full_page=False)

    filters = tab_until(
        page, lambda el: el.get_attribute("aria-controls") == "facets-panel", "the filters button"
    )
    assert focus_is_visible(filters)
    page.keyboard.press("Enter")
    expect(page.locator(".facets")).to_be_visible()
    facet = tab_until(page, is_facet_with_results, "a facet value with results")
    facet_name = facet.get_attribute("name")
    facet_value = facet.get_attribute("value")
    promised = int(
        facet.evaluate("el => el.closest('label').querySelector('.facet-count').innerText")
    )
    assert focus_is_visible(facet)
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert f"{facet_name}={facet_value}" in page.url
    assert results_count(page) == promised
    assert horizontal_overflow(page) <= 0
    screenshot(page, "mobile-2-filtered-results", full_page=False)

    result = tab_until(
        page, lambda el: el.evaluate("el => el.matches('.result-list .card__title a')"), "a result"
    )
    title = result.inner_text()
    assert focus_is_visible(result)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert horizontal_overflow(page) <= 0
    screenshot(page, "mobile-3-result-opened", full_page=False)
