"""Autosave keeps a writer's changes on every page editor, in Dutch and in French.

A saved page is opened in the admin, one field is changed in each tab, and
the test waits for Wagtail's autosave to report success; after a reload,
every change is there. A field that hides a property of the form (a session's
``method`` once did) made autosave pause with a "network error" instead. An edit
typed while an autosave is on its way is saved by the next one, not taken for saved.
"""

import pytest
from playwright.sync_api import expect

from .admin_editor import prefer_admin_language
from .browsing import log_in

pytestmark = pytest.mark.e2e

INDICATOR = "#w-autosave-indicator"
# Wagtail's editor compares the form with its state once it watches for edits (about two
# seconds after loading), then autosaves: these are the events it dispatches for each step.
COUNT_AUTOSAVES = """
    window.autosaves = {watching: false, started: 0, saved: 0};
    document.addEventListener("w-unsaved:watch-edits", () => window.autosaves.watching = true);
    document.addEventListener("w-autosave:save", () => window.autosaves.started++);
    document.addEventListener("w-autosave:success", () => window.autosaves.saved++);
"""

# Per editor: who edits it, and one text field of each of its tabs (by form field name).
EDITORS = {
    "session": {
        "role": "facilitator",
        "fields": ["place", "case_summary", "steps-0-notes", "insights", "seo_title"],
    },
    "exchange_day": {
        "role": "facilitator",
        "fields": ["programme-0-activity", "learnings", "seo_title"],
    },
    "practice": {
        "role": "admin",
        "fields": ["summary", "body-2-value-0-value-title", "contact", "seo_title"],
        "checkbox": "life_domains",
    },
}


def open_tab_of(page, selector):
    """Click the tab whose panel holds the control ``selector``, as a writer finds a field."""
    panel = page.locator("[role=tabpanel]", has=page.locator(selector))
    page.locator(f"[role=tab][aria-controls='{panel.get_attribute('id')}']").click()
    expect(page.locator(selector)).to_be_visible()
    return page.locator(selector)


def autosaves_started(page):
    return page.evaluate("() => window.autosaves.started")


def change_every_tab(page, editor, marker):
    """Change one field per tab; returns what each field should read after a reload.

    Also returns how many autosaves had started before the last change: a later
    one is the one that holds every change.
    """
    expected = {}
    for name in editor["fields"]:
        control = open_tab_of(page, f"[name='{name}']")
        expected[name] = f"{control.input_value()} {marker}".strip()
        started = autosaves_started(page)
        control.fill(expected[name])
    checkbox = editor.get("checkbox")
    if checkbox:
        unchecked = page.locator(f"input[name='{checkbox}']:not(:checked)").first
        value = unchecked.get_attribute("value")
        open_tab_of(page, f"input[name='{checkbox}'][value='{value}']")
        started = autosaves_started(page)
        page.locator(f"label[for='{unchecked.get_attribute('id')}']").click()
        expected[f"{checkbox}={value}"] = True
    return expected, started


def wait_for_autosave_after(page, started):
    """Wait until an autosave started after the last change has succeeded."""
    page.wait_for_function("started => window.autosaves.saved > started", arg=started)
    expect(page.locator(INDICATOR)).to_have_attribute("data-w-autosave-state-value", "saved")


def read_back(page, expected):
    for key in expected:
        if "=" in key:
            name, value = key.split("=")
            control = open_tab_of(page, f"input[name='{name}'][value='{value}']")
            expect(control).to_be_checked()
        else:
            control = open_tab_of(page, f"[name='{key}']")
            expect(control).to_have_value(expected[key])


@pytest.mark.parametrize("kind", list(EDITORS))
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_autosave_keeps_a_change_in_every_tab_of_a_saved_page(browsing, demo_site, language, kind):
    editor = EDITORS[kind]
    saved_page = demo_site.page_info(language, kind)
    page = browsing(locale=language).new_page()
    log_in(page, demo_site, editor["role"], language)
    prefer_admin_language(page, language)

    page.add_init_script(COUNT_AUTOSAVES)
    page.goto(f"/admin/pages/{saved_page['id']}/edit/")
    page.wait_for_function("() => window.autosaves.watching")
    expected, started = change_every_tab(page, editor, marker=f"(autosave {language})")
    wait_for_autosave_after(page, started)

    page.reload()
    expect(page.locator(INDICATOR)).not_to_have_attribute("data-w-autosave-state-value", "paused")
    read_back(page, expected)


def test_an_edit_typed_while_an_autosave_is_on_its_way_is_saved_next(browsing, demo_site):
    """A slow network holds the first autosave while the facilitator goes on writing."""
    edit_url = f"/admin/pages/{demo_site.page_info('nl', 'session')['id']}/edit/"
    page = browsing(locale="nl").new_page()
    log_in(page, demo_site, "facilitator", "nl")
    prefer_admin_language(page, "nl")
    held = []

    def hold_the_first_save(route):
        if route.request.method == "POST" and not held:
            held.append(route)
        else:
            route.continue_()

    page.route(f"**{edit_url}", hold_the_first_save)
    page.add_init_script(COUNT_AUTOSAVES)
    page.goto(edit_url)
    page.wait_for_function("() => window.autosaves.watching")

    first = open_tab_of(page, "[name='place']")
    with page.expect_request(lambda request: request.method == "POST" and edit_url in request.url):
        first.fill(f"{first.input_value()} (sent)")
    late = open_tab_of(page, "[name='insights']")
    late.fill(f"{late.input_value()} (typed while saving)")
    assert held, "the first autosave should be on its way"
    held[0].continue_()

    page.wait_for_function("() => window.autosaves.saved >= 2")
    expect(page.locator(INDICATOR)).to_have_attribute("data-w-autosave-state-value", "saved")
    # Nothing is left to save: no further autosave starts on its own.
    saves = autosaves_started(page)
    page.wait_for_timeout(3000)
    assert autosaves_started(page) == saves
    expected = {"place": first.input_value(), "insights": late.input_value()}
    page.reload()
    read_back(page, expected)
