"""A coach writes a realistic sheet from the home page and submits it, in Dutch and in French.

The body opens with its sections in place and a draft needs only a title, so the
whole journey takes fewer than 25 steps; the count and the time are printed.
"""

import re

import pytest
from playwright.sync_api import expect

from .admin_editor import prefer_admin_language
from .browsing import log_in, screenshot
from .counted_steps import CountedSteps

pytestmark = pytest.mark.e2e

STEP_GOAL = 25
AUTOSAVE_INTERVAL_MS = 500

SHEETS = {
    "nl": {
        "title": "Samen een buurtkrant maken",
        "summary": "Huurders schrijven en tekenen voor een krantje dat in de buurt verdeeld "
        "wordt; het geeft hen een stem en een reden om buren aan te spreken.",
        "goal": "Huurders een plek geven waar hun verhalen gelezen worden.",
        "target_group": "Huurders van Housing First die graag schrijven of tekenen.",
        "context": "Tijdens de lockdown zochten we een manier om contact te houden.",
        "steps": [
            "Een eerste redactievergadering in het buurthuis",
            "Teksten en tekeningen verzamelen",
        ],
        "working": "Iedereen draagt bij op eigen tempo, en het resultaat is tastbaar.",
        "preconditions": "Een ruimte, een kopieerapparaat en een vaste avond per maand.",
        "transferability": "Begin klein: vier pagina's volstaan voor een eerste nummer.",
        "tab": "Classificatie",
        "submit": "Stuur door naar",
        "sent": "ingediend",
    },
    "fr": {
        "title": "Créer ensemble une gazette de quartier",
        "summary": "Des locataires écrivent et dessinent pour une gazette distribuée dans le "
        "quartier ; elle leur donne une voix et une raison d’aborder leurs voisins.",
        "goal": "Offrir aux locataires un lieu où leurs récits sont lus.",
        "target_group": "Des locataires de Housing First qui aiment écrire ou dessiner.",
        "context": "Pendant le confinement, nous cherchions un moyen de garder le contact.",
        "steps": [
            "Une première réunion de rédaction à la maison de quartier",
            "Rassembler textes et dessins",
        ],
        "working": "Chacun contribue à son rythme, et le résultat se tient en main.",
        "preconditions": "Une salle, une photocopieuse et une soirée fixe par mois.",
        "transferability": "Commencer petit : quatre pages suffisent pour un premier numéro.",
        "tab": "Classification",
        "submit": "Soumettre à",
        "sent": "soumise",
    },
}


def settle_autosave(page):
    """Let the last autosave finish, as SQLite takes one write at a time (not a step)."""
    page.wait_for_timeout(AUTOSAVE_INTERVAL_MS * 2)
    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )


def write_and_submit(page, demo_site, language, sheet, project_id):
    steps = CountedSteps(page)
    steps.goto(f"/{language}/")
    steps.click(page.locator("main a.button[href*='/admin/pages/add/practices/practicepage/']"))
    expect(page).to_have_url(re.compile(r"/admin/pages/add/practices/practicepage/"))
    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "paused"
    )

    steps.fill(page.locator("#id_title"), sheet["title"], "title")
    steps.fill(page.locator("#id_summary"), sheet["summary"], "summary")
    steps.fill(page.locator("#id_goal"), sheet["goal"], "goal")
    steps.fill(page.locator("#id_target_group"), sheet["target_group"], "target group")
    body = page.locator("[data-contentpath=body]")
    sections = body.locator("[contenteditable=true]")
    expect(sections).to_have_count(2)
    steps.write(sections.nth(0), sheet["context"], "context")
    for number, step in enumerate(sheet["steps"]):
        steps.click(body.locator("button[data-streamfield-list-add]").last, "add a step")
        steps.fill(body.locator("input[name$='-value-title']").nth(number), step, "step")
    steps.write(sections.nth(1), sheet["working"], "why it works")
    steps.fill(page.locator("#id_preconditions"), sheet["preconditions"], "preconditions")
    steps.fill(page.locator("#id_transferability"), sheet["transferability"], "transferability")
    screenshot(page, f"sheet-journey-{language}-1-written")

    steps.click(page.get_by_role("tab", name=sheet["tab"]), "classification tab")
    steps.select(page.locator("#id_project"), str(project_id), "project")
    steps.click(page.locator("label[for=id_life_domains_0]"), "life domain")

    settle_autosave(page)
    steps.click(page.locator("footer .w-dropdown__toggle").first, "open the actions")
    steps.click(
        page.locator("footer").get_by_role("button", name=re.compile(f"^{sheet['submit']}")),
        "submit for review",
    )
    expect(page.locator(".messages")).to_contain_text(sheet["sent"])
    expect(page.locator(".messages")).to_contain_text(sheet["title"])
    screenshot(page, f"sheet-journey-{language}-2-submitted")
    return steps


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_coach_writes_and_submits_a_sheet_in_fewer_than_25_steps(
    browsing, demo_site, language, capsys
):
    page = browsing(locale=language).new_page()
    log_in(page, demo_site, "coach", language)
    prefer_admin_language(page, language)

    steps = write_and_submit(
        page, demo_site, language, SHEETS[language], demo_site.accounts["coach"]["project_id"]
    )

    with capsys.disabled():
        print(f"\n{steps.report(f'sheet journey ({language})')}")  # noqa: T201
    assert steps.count < STEP_GOAL, steps.report(language)
