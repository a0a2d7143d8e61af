"""A writer's actions in the browser, counted and timed.

One step is what a person would call one: following a link, filling a field,
ticking a box, choosing from a list, pressing a button. The journey reports its
steps and elapsed time; the time is reported, never asserted.
"""

import time


class CountedSteps:
    def __init__(self, page):
        self.page = page
        self.steps = []
        self.started = time.monotonic()

    def _count(self, what):
        self.steps.append(what)

    def goto(self, url):
        self._count(f"open {url}")
        self.page.goto(url)

    def click(self, locator, what="click"):
        self._count(what)
        locator.click()

    def fill(self, locator, text, what="fill"):
        self._count(what)
        locator.fill(text)

    def write(self, locator, text, what="write"):
        """Click into a rich text area and type, as one field."""
        self._count(what)
        locator.click()
        self.page.keyboard.type(text)

    def select(self, locator, value, what="choose"):
        self._count(what)
        locator.select_option(value)

    @property
    def count(self):
        return len(self.steps)

    def report(self, name):
        elapsed = time.monotonic() - self.started
        return f"{name}: {self.count} steps in {elapsed:.1f} s ({'; '.join(self.steps)})"
