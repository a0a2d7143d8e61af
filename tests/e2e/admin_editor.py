"""Steps a writer takes in the Wagtail page editor, shared by the journeys that use it."""

import re

from playwright.sync_api import expect


def open_tab(page, name):
    page.get_by_role("tab", name=name).click()


def add_block(page, label, position=-1):
    """Open the block chooser of the StreamField and pick a block type by its label."""
    page.locator("button.c-sf-add-button").nth(position).click()
    page.get_by_role("option", name=label, exact=True).click()


def choose_action(page, label):
    """Pick an action of the editor's footer menu by the start of its label, opening the menu."""
    menu = page.locator("footer .w-dropdown-button").first
    action = page.locator("footer").get_by_role("button", name=re.compile(f"^{re.escape(label)}"))
    if not action.first.is_visible():
        menu.locator(".w-dropdown__toggle").click()
    action.first.click()


def prefer_admin_language(page, language):
    """Choose the admin's language in the account settings, as a member would once."""
    page.goto("/admin/account/")
    page.locator("select[name='locale-preferred_language']").select_option(language)
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").last.click()
    page.goto("/admin/")
    expect(page.locator("html")).to_have_attribute("lang", language)
