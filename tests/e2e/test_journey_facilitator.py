"""A facilitator plans a co-development session, prepares it, prints its agenda and logs advice."""

import re
from datetime import datetime, timedelta

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from .admin_editor import choose_action, open_tab, prefer_admin_language
from .browsing import log_in, screenshot
from .pdf_pages import is_a4, page_sizes
from .tools import OUTPUT

pytestmark = pytest.mark.e2e

TITLE = "Co-development: keeping a shared vegetable plot alive"
QUESTION = "How can the team keep tenants involved in the shared plot once the first harvest is in?"
ACTION = "Ask the neighbourhood centre whether the plot can get a water point"
CO_DEVELOPMENT_STEPS = 6


def group_with_open_advice(site):
    groups = [group for group in site.groups if group["open_points"]]
    assert groups, "the demo has no intervision group with open action points"
    return groups[0]


def next_meeting(group):
    latest = datetime.fromisoformat(group["latest_start"]) if group["latest_start"] else None
    start = max(filter(None, [latest, timezone.now()])) + timedelta(days=14)
    return start.astimezone(timezone.get_default_timezone()).replace(hour=14, minute=0)


def create_session(page, index_id, group, start):
    page.goto(f"/admin/pages/{index_id}/")
    page.get_by_role("link", name="Add child page").click()
    page.locator("a[href*='/add/intervision/intervisionsessionpage/']").click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").press("Tab")
    page.locator("#id_group").select_option(label=group["name"])
    page.locator("#id_start").fill(start.strftime("%Y-%m-%d %H:%M"))
    page.locator("#id_start").press("Escape")
    page.locator("#id_facilitator").select_option(label="Filip Demo")
    page.locator("#id_method_slug").select_option("codevelopment")
    open_tab(page, "Case")
    page.locator("#id_case_question").fill(QUESTION)
    screenshot(page, "facilitator-1-new-session")
    choose_action(page, "Publish")
    page.locator(".messages").get_by_role("link", name="View live").click()


def log_action_point(page):
    page.get_by_role("link", name="Edit in the admin").click()
    open_tab(page, "Outcomes")
    page.locator("#id_action_points-ADD").click()
    row = page.locator("[id^=inline_child_action_points-]:not([id*=__prefix__])").last
    row.locator("input[name$='-what']").fill(ACTION)
    row.locator("select[name$='-owner']").select_option(label="Filip Demo")
    choose_action(page, "Publish")


def test_facilitator_prepares_prints_and_follows_up_a_session(browsing, demo_site):
    index = demo_site.page_info("en", "intervision_index")
    group = group_with_open_advice(demo_site)
    page = browsing(locale="en-GB").new_page()
    log_in(page, demo_site, "facilitator")
    prefer_admin_language(page, "en")

    create_session(page, index["id"], group, next_meeting(group))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    steps = page.locator("table.iv-steps tbody tr")
    expect(steps).to_have_count(CO_DEVELOPMENT_STEPS)
    screenshot(page, "facilitator-2-session-with-method-steps")

    page.get_by_role("link", name="Prepare").click()
    for advice in group["open_points"]:
        expect(page.locator("main")).to_contain_text(advice)
    add = page.get_by_role("button", name=re.compile("Add to practices discussed")).first
    practice = add.locator("xpath=ancestor::li[1]/a").inner_text()
    add.click()
    discussed = page.locator(".iv-aside")
    expect(discussed).to_contain_text(practice)
    screenshot(page, "facilitator-3-prepare")

    page.get_by_role("link", name="Print agenda").first.click()
    expect(page.locator("main, body").first).to_contain_text(QUESTION)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True, print_background=True)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "facilitator-4-agenda.pdf").write_bytes(pdf)
    sizes = page_sizes(pdf)
    assert len(sizes) == 1, f"the agenda prints on {len(sizes)} pages"
    assert is_a4(sizes[0]), f"the agenda prints on a {sizes[0]} pt page, not A4"
    page.emulate_media(media="screen")

    page.go_back()
    log_action_point(page)
    page.locator(".messages").get_by_role("link", name="View live").click()
    actions = page.locator("section", has=page.locator("#actions-heading"))
    expect(actions).to_contain_text(ACTION)
    screenshot(page, "facilitator-5-action-point-logged")
