"""A new hire in Wallonia browses practices without typing, reads one, then starts onboarding."""

import re

import pytest
from playwright.sync_api import expect

from .browsing import log_in, results_count, screenshot

pytestmark = pytest.mark.e2e


def tick_first_available(page, facet):
    """Click the first value of a facet that still has results, as a person scanning counts."""
    values = page.locator(f".facets input[type=checkbox][name={facet}]")
    for position in range(values.count()):
        box = values.nth(position)
        label = box.locator("xpath=ancestor::label[1]")
        count = int(label.locator(".facet-count").inner_text())
        if count > 0:
            name = label.locator("span").first.inner_text()
            with page.expect_navigation():
                label.click()
            return name, count
    raise AssertionError(f"no {facet} value with results on {page.url}")


def test_new_hire_browses_reads_switches_language_and_ticks_a_step(browsing, demo_site):
    index_url = demo_site.page("fr", "practice_index")
    page = browsing().new_page()
    page.goto("/fr/")
    page.locator(f"header a[href='{index_url}']").first.click()
    expect(page).to_have_url(re.compile(re.escape(index_url)))

    domain, _count = tick_first_available(page, "domain")
    city, promised = tick_first_available(page, "city")
    expect(page).to_have_url(re.compile(r"domain=.*city=|city=.*domain="))
    assert results_count(page) == promised
    for place in page.locator(".result-list .card__place").all_inner_texts():
        assert place == city, f"a result from {place} is listed under the city filter {city}"
    expect(page.locator(".facets")).to_contain_text(domain)
    screenshot(page, "new-hire-1-browse-by-domain-and-city")

    first = page.locator(".result-list .card__title a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    screenshot(page, "new-hire-2-sheet-fr")

    switcher = page.locator("nav.language-switcher")
    other = switcher.locator("a:not(.is-current):not(.is-untranslated)").first
    language = other.get_attribute("hreflang")
    other.click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page).to_have_url(re.compile(f"/{language}/"))
    expect(page.get_by_role("heading", level=1)).not_to_have_text(title)
    screenshot(page, f"new-hire-3-sheet-{language}")

    log_in(page, demo_site, "newhire", "fr")
    page.goto("/fr/")
    page.locator(f"a[href='{demo_site.page('fr', 'onboarding')}']").first.click()
    progress = page.locator("progress.onboarding-progress__bar")
    done_before = int(progress.get_attribute("value"))
    step = page.locator(".onboarding-step:not(.onboarding-step--done)").first
    step_title = step.locator("h3").inner_text()
    step.get_by_role("button").click()
    expect(progress).to_have_attribute("value", str(done_before + 1))
    done_step = page.locator(".onboarding-step--done", has_text=step_title)
    expect(done_step).to_have_count(1)
    screenshot(page, "new-hire-4-onboarding-step-ticked")
