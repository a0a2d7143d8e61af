"""On a 375 px wide phone no page type scrolls sideways."""

import pytest

from .browsing import horizontal_overflow, screenshot
from .site_pages import CASE_IDS, CASES, open_page

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("page_type", "language"), CASES, ids=CASE_IDS)
def test_page_fits_a_375px_screen(browsing, demo_site, page_type, language):
    _session, page = open_page(browsing, demo_site, page_type, language, phone=True)
    assert page.evaluate("window.innerWidth") == 375
    overflow = horizontal_overflow(page)
    if overflow > 0:
        screenshot(page, f"overflow-{page_type.kind}-{language}")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the 375px screen"
