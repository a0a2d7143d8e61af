"""Steps a writer takes in the Wagtail page editor, shared by the journeys that use it."""

import re


def open_tab(page, name):
    page.get_by_role("tab", name=name).click()


def add_block(page, label, position=-1):
    """Open the block chooser of the StreamField and pick a block type by its label."""
    page.locator("button.c-sf-add-button").nth(position).click()
    page.get_by_role("option", name=label, exact=True).click()


def choose_action(page, name_or_label):
    """Pick an action from the footer's action menu (save, submit, publish...)."""
    menu = page.locator("footer .w-dropdown-button, .footer .w-dropdown-button").first
    primary = page.get_by_role("button", name=re.compile(name_or_label, re.I))
    if not primary.first.is_visible():
        menu.locator(".w-dropdown__toggle").click()
    primary.first.click()
