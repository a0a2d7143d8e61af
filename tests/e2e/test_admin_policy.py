"""The Wagtail admin works under its Content-Security-Policy: its main pages break no rule."""

import pytest

pytestmark = pytest.mark.e2e

ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/documents/",
    "/admin/images/",
    "/admin/snippets/",
    "/admin/users/",
    "/admin/reports/site-history/",
]


def test_the_main_admin_pages_work_under_the_policy(browsing):
    session = browsing(role="admin")
    page = session.context.new_page()
    policies = {}
    for path in ADMIN_PAGES:
        response = page.goto(path)
        policies[path] = response.headers.get("content-security-policy", "")
    page.goto("/admin/pages/")
    page.locator("a[href*='/edit/']").first.click()
    page.wait_for_load_state("networkidle")

    assert all("default-src 'self'" in policy for policy in policies.values()), policies
    assert session.script_errors == []
