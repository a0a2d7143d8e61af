"""A facilitator's whole cycle in Dutch and in French, the admin included, then a draft sheet.

The facilitator chooses the admin's language in their account, as a member who
works in both languages does; every label is read from the catalogues the site
itself uses.
"""

import re
from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from playwright.sync_api import expect

from .admin_editor import choose_action, open_tab, prefer_admin_language
from .browsing import log_in, screenshot

pytestmark = pytest.mark.e2e

CASES = {
    "nl": {
        "browser": "nl-BE",
        "title": "Intervisie: een buurtmoestuin die blijft draaien",
        "question": "Hoe houden we huurders betrokken bij de moestuin na de eerste oogst?",
        "insight": "Een vaste taak per huurder geeft de tuin een ritme.",
        "action": "De buurtwerker vragen naar een waterpunt voor de tuin",
    },
    "fr": {
        "browser": "fr-BE",
        "title": "Intervision : un potager de quartier qui tient dans la durée",
        "question": "Comment garder les locataires au potager après la première récolte ?",
        "insight": "Une tâche fixe par locataire donne un rythme au potager.",
        "action": "Demander à la maison de quartier un point d'eau pour le potager",
    },
}
CO_DEVELOPMENT_STEPS = 6


def label(language, text):
    with translation.override(language):
        return gettext(text)


def create_draft_session(page, language, index_id, case):
    """Fill the new session form with a method and a case, and save it as a draft."""
    page.goto(f"/admin/pages/add/intervision/intervisionsessionpage/{index_id}/")
    page.locator("#id_title").fill(case["title"])
    page.locator("#id_title").press("Tab")
    page.locator("#id_group").select_option(index=1)
    start = timezone.localtime() + timedelta(days=21)
    page.locator("#id_start").fill(start.strftime("%Y-%m-%d 14:00"))
    page.locator("#id_start").press("Escape")
    page.locator("#id_facilitator").select_option(label="Filip Demo")
    page.locator("#id_method_slug").select_option("codevelopment")
    open_tab(page, label(language, "Case"))
    page.locator("#id_case_question").fill(case["question"])
    page.locator("#id_case_project").select_option(index=1)
    choose_action(page, label(language, "Save draft"))
    expect(page.locator(".messages")).to_contain_text(case["title"])
    return re.search(r"/admin/pages/(\d+)/edit/", page.url).group(1)


def log_outcomes(page, language, case):
    """Write the insights and an action point after the session, and save, autosave running."""
    open_tab(page, label(language, "Outcomes"))
    page.locator("#id_insights").fill(case["insight"])
    page.locator("#id_action_points-ADD").click()
    row = page.locator("[id^=inline_child_action_points-]:not([id*=__prefix__])").last
    row.locator("input[name$='-what']").fill(case["action"])
    row.locator("select[name$='-owner']").select_option(label="Filip Demo")
    page.wait_for_timeout(2_000)
    choose_action(page, label(language, "Save draft"))
    page.wait_for_load_state("networkidle")
    screenshot(page, f"facilitator-{language}-2-outcomes-saved")
    page.reload()
    open_tab(page, label(language, "Outcomes"))
    expect(page.locator("#id_insights")).to_have_value(case["insight"])
    choose_action(page, label(language, "Publish"))


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_facilitator_cycle_in_the_admin_and_on_the_site(browsing, demo_site, language):
    case = CASES[language]
    index = demo_site.page_info(language, "intervision_index")
    page = browsing(locale=case["browser"]).new_page()
    log_in(page, demo_site, "facilitator", language=language)
    prefer_admin_language(page, language)

    session_id = create_draft_session(page, language, index["id"], case)

    page.goto(f"/{language}/intervision/sessions/{session_id}/prepare/")
    expect(page.locator("table.iv-steps tbody tr")).to_have_count(CO_DEVELOPMENT_STEPS)
    expect(page.locator("table.iv-steps tbody")).to_contain_text(label(language, "Case bringer"))
    screenshot(page, f"facilitator-{language}-1-prepare-draft")

    page.goto(f"/{language}/intervision/sessions/{session_id}/agenda/")
    expect(page.locator("body")).to_contain_text(case["question"])

    page.goto(f"/admin/pages/{session_id}/edit/")
    log_outcomes(page, language, case)
    page.locator(".messages").get_by_role("link", name=label(language, "View live")).click()
    expect(page.locator("main")).to_contain_text(case["insight"])
    actions = page.locator("section", has=page.locator("#actions-heading"))
    expect(actions).to_contain_text(case["action"])
    screenshot(page, f"facilitator-{language}-3-outcomes-logged")

    point = actions.locator("li", has_text=case["action"])
    point.get_by_role("button", name=label(language, "Mark done")).click()
    expect(page.locator(".messages")).to_contain_text(case["action"])
    expect(point.get_by_role("button")).to_have_count(0)

    page.get_by_role(
        "button", name=label(language, "Draft a practice sheet from this case")
    ).click()
    # The case question often names someone: the draft gets a neutral title to rewrite.
    expect(page.locator("#id_title")).to_have_value(
        label(language, "Practice sheet drafted from an intervision case")
    )
    notice = label(
        language,
        "To anonymise before review: no tenant's name or identifying detail. "
        "Rewrite the title, then say what happens, with whom, and what it brings.",
    )
    expect(page.locator("#id_summary")).to_have_value(notice)
    screenshot(page, f"facilitator-{language}-4-draft-sheet")
