"""A coach documents a practice in Dutch; a reviewer approves it; anyone then finds it."""

import re

import pytest
from playwright.sync_api import expect

from .admin_editor import add_block, choose_action, open_tab, prefer_admin_language
from .browsing import log_in, screenshot

pytestmark = pytest.mark.e2e

TITLE = "Samen de balkonmoestuin opstarten"
SUMMARY = (
    "Huurders en hun coach zaaien groenten in bakken op het balkon; de oogst "
    "wordt gedeeld met de buren en is een reden om aan te bellen."
)
CONTEXT = "Veel huurders wonen op een appartement zonder tuin en kennen hun buren niet."
QUOTE = "Nu vraagt de buurvrouw elke week hoe mijn tomaten het doen."
SEARCH_WORD = "balkonmoestuin"


def write_sheet(page, index_id, project_id):
    page.goto(f"/admin/pages/{index_id}/")
    page.get_by_role("link", name="Add child page").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/practices/practicepage/"))

    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").press("Tab")
    page.locator("#id_summary").fill(SUMMARY)
    add_block(page, "Context")
    page.locator("[data-contentpath=body] [contenteditable=true]").last.click()
    page.keyboard.type(CONTEXT)
    add_block(page, "Anonymised testimony")
    testimony = page.locator("[data-contentpath=quote]").last
    testimony.locator("textarea").fill(QUOTE)
    page.locator("[data-contentpath=role] input").last.fill("huurder")
    page.locator("[data-contentpath=city] input").last.fill("Brussel")
    screenshot(page, "coach-1-sheet-tab")

    open_tab(page, "Classification")
    page.locator("#id_project").select_option(str(project_id))
    page.locator("#id_model").select_option(index=1)
    page.locator("label[for=id_life_domains_0]").click()
    page.locator("label[for=id_action_levels_0]").click()
    screenshot(page, "coach-2-classification-tab")


def test_coach_sheet_is_reviewed_published_and_found(browsing, demo_site):
    index = demo_site.page_info("nl", "practice_index")
    coach = browsing(locale="en-GB").new_page()
    log_in(coach, demo_site, "coach")
    prefer_admin_language(coach, "en")
    write_sheet(coach, index["id"], demo_site.accounts["coach"]["project_id"])
    choose_action(coach, "Submit to")
    expect(coach.locator(".messages")).to_contain_text("submitted", ignore_case=True)
    screenshot(coach, "coach-3-submitted")

    reviewer = browsing(locale="en-GB").new_page()
    log_in(reviewer, demo_site, "reviewer")
    reviewer.goto("/admin/")
    reviewer.get_by_role("link", name=TITLE).first.click()
    screenshot(reviewer, "coach-4-review")
    choose_action(reviewer, "Approve and Publish")
    row = reviewer.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("live", ignore_case=True)
    screenshot(reviewer, "coach-5-approved")

    visitor = browsing().new_page()
    visitor.goto("/nl/")
    search_box = visitor.get_by_role("banner").get_by_role("combobox")
    search_box.fill(SEARCH_WORD)
    search_box.press("Enter")
    visitor.get_by_role("link", name=TITLE).first.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor.locator("main")).to_contain_text(QUOTE)
    screenshot(visitor, "coach-6-published-sheet")
