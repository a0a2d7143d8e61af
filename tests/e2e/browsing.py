"""What a person does in the browser, shared by the journeys and the page checks."""

import re
from dataclasses import dataclass, field

from .tools import OUTPUT

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 760}


@dataclass
class Browsing:
    """A browser context and the script errors its pages raised."""

    context: object
    script_errors: list = field(default_factory=list)

    def watch(self):
        self.context.on("weberror", lambda error: self.script_errors.append(str(error.error)))
        self.context.on("console", self._console)
        return self

    def _console(self, message):
        # Blocked inline scripts or styles mean a feature silently does not work.
        if message.type == "error" and "Content Security Policy" in message.text:
            self.script_errors.append(message.text)

    def new_page(self):
        return self.context.new_page()


def screenshot(page, name, full_page=True):
    """Keep a picture of a key screen under test-output/e2e/."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=full_page)


def log_in(page, site, role, language="en"):
    """Sign in through the site's own form, as a person would."""
    account = site.accounts[role]
    page.goto(f"/{language}/login/")
    form = page.locator("main form").filter(has=page.locator("input[name=password]"))
    form.locator("input[name=username]").fill(account["username"])
    form.locator("input[name=password]").fill(account["password"])
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    if page.locator("input[name=password]").count():
        raise AssertionError(f"signing in as the demo {role} failed on {page.url}")


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def results_count(page):
    """The number of results the listing announces ("12 results", "12 résultats")."""
    return int(re.search(r"\d+", page.locator(".results-summary").inner_text()).group())
