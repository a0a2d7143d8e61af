"""WCAG 2.2 AA on every page type in Dutch and French, measured by axe-core in Chromium."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .browsing import screenshot
from .site_pages import CASE_IDS, CASES, PAGE_TYPES, open_page

pytestmark = pytest.mark.e2e

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")[:300]
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


@pytest.mark.parametrize(("page_type", "language"), CASES, ids=CASE_IDS)
def test_page_meets_wcag_22_aa(browsing, demo_site, page_type, language):
    session, page = open_page(browsing, demo_site, page_type, language)
    assert page.locator("html").get_attribute("lang") == language

    results = AXE.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    if violations:
        screenshot(page, f"axe-{page_type.kind}-{language}")
    assert not violations, f"{page.url}\n{describe(violations)}"
    assert not session.script_errors


BROWSED = [page_type for page_type in PAGE_TYPES if page_type.skip_link]


@pytest.mark.parametrize("page_type", BROWSED, ids=[page_type.kind for page_type in BROWSED])
def test_first_tab_reaches_a_visible_skip_link_to_the_content(browsing, demo_site, page_type):
    _session, page = open_page(browsing, demo_site, page_type, "fr")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.get_attribute("href") == "#main"
    assert focused.is_visible()
    box = focused.bounding_box()
    assert box and box["y"] >= 0 and box["width"] > 1
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
