"""No English word from the leaks found on Dutch and French pages, on the site and in the admin."""

import re

import pytest
from playwright.sync_api import expect

from .admin_editor import prefer_admin_language
from .browsing import log_in, screenshot

pytestmark = pytest.mark.e2e

# Demo tags that were shown in English in the filter column and on the sheets.
SITE_LEAKS = (
    "photography",
    "pandemic",
    "exhibition",
    "neighbourhood",
    "volunteering",
    "peer-training",
    "self-management",
    "meaningful-activity",
    "gardening",
)
# The review workflow, its task and Wagtail's own strings in the admin.
ADMIN_LEAKS = ("Peer review", "Moderators approval", "Submit to", "seconds ago", "minutes ago")
OTHER = {"nl": "fr", "fr": "nl"}


# Content not yet translated is shown in its own language and marked so (lang="en");
# only what is meant to be in the page's language is read.
TEXT_IN_PAGE_LANGUAGE = """() => {
  const language = document.documentElement.lang;
  const body = document.body.cloneNode(true);
  body.querySelectorAll("[lang]").forEach((element) => {
    if (!element.lang.startsWith(language)) element.remove();
  });
  body.querySelectorAll("script, style, template").forEach((element) => element.remove());
  return body.textContent;
}"""


def text_in_page_language(page):
    return page.evaluate(TEXT_IN_PAGE_LANGUAGE)


def leaks_in(text, words):
    return [
        word for word in words if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I)
    ]


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("kind", ["practice_index", "practice"])
def test_site_pages_name_tags_in_the_readers_language(browsing, demo_site, language, kind):
    page = browsing().new_page()
    page.goto(demo_site.page(language, kind))

    found = leaks_in(text_in_page_language(page), SITE_LEAKS)

    if found:
        screenshot(page, f"leaks-{kind}-{language}")
    assert not found, f"English on {page.url}: {found}"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_admin_speaks_the_members_language_after_a_page_in_another(
    browsing, demo_site, language
):
    page = browsing(locale=language).new_page()
    log_in(page, demo_site, "coach", language)
    prefer_admin_language(page, language)
    page.goto(demo_site.page(OTHER[language], "practice"))

    index = demo_site.page_info(language, "practice_index")
    page.goto(f"/admin/pages/add/practices/practicepage/{index['id']}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator("footer .w-dropdown__toggle").first.click()

    found = leaks_in(page.locator("body").inner_text(), ADMIN_LEAKS)

    if found:
        screenshot(page, f"leaks-admin-{language}")
    assert not found, f"English in the {language} admin: {found}"
