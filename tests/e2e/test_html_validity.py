"""Every page type in Dutch and French is valid HTML for the Nu HTML Checker."""

import pytest

from .html_checker import check_files, describe
from .site_pages import CASE_IDS, CASES
from .tools import OUTPUT, require_vnu

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def checked_pages(browser, demo_site, signed_in_states):
    """Fetch each page as the server sends it (signed in where needed), then check them all."""
    vnu = require_vnu()
    folder = OUTPUT / "html"
    folder.mkdir(parents=True, exist_ok=True)
    saved, failures = {}, {}
    contexts = {}
    for page_type, language in CASES:
        role = page_type.role
        if role not in contexts:
            contexts[role] = browser.new_context(
                base_url=demo_site.url, storage_state=signed_in_states(role) if role else None
            )
        case = f"{page_type.kind}-{language}"
        try:
            response = contexts[role].request.get(page_type.path(demo_site, language))
        except LookupError as error:
            failures[case] = str(error)
            continue
        if response.status != 200:
            failures[case] = f"{response.url} answered {response.status}"
            continue
        saved[case] = folder / f"{case}.html"
        saved[case].write_bytes(response.body())
    for context in contexts.values():
        context.close()
    errors = check_files(vnu, saved.values()) if saved else {}
    return {case: errors[path.resolve()] for case, path in saved.items()}, failures


@pytest.mark.parametrize(("page_type", "language"), CASES, ids=CASE_IDS)
def test_page_is_valid_html(checked_pages, page_type, language):
    reports, failures = checked_pages
    case = f"{page_type.kind}-{language}"
    assert case not in failures, failures.get(case)
    assert reports[case] == [], f"{case}:\n{describe(reports[case])}"
