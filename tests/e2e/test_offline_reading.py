"""Without a connection a coach still reads the sheets they opened, never a session."""

import pytest
from playwright.sync_api import Error, expect

from .browsing import screenshot

pytestmark = pytest.mark.e2e

STORED_NOTICE = "[data-offline-copy]"
STORED_ADDRESSES = (
    "async () => (await (await caches.open('ancora-offline-v1')).keys()).map(r => r.url)"
)


WATCH_STORE = """address => {
    window.storedAddress = null;
    const look = async () => {
        if (await caches.match(address)) window.storedAddress = address;
        else setTimeout(look, 100);
    };
    look();
}"""


def wait_until_stored(page, address):
    """The service worker keeps pages in the background: wait until it holds ``address``."""
    page.evaluate(WATCH_STORE, address)
    page.wait_for_function("address => window.storedAddress === address", arg=address)


def stored_addresses(page):
    return page.evaluate(STORED_ADDRESSES)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_an_opened_sheet_reads_offline_with_the_stored_copy_notice(browsing, demo_site, language):
    session = browsing(phone=True)
    page = session.new_page()
    sheet = demo_site.page_info(language, "practice")
    page.goto(sheet["url"])
    expect(page.locator(STORED_NOTICE)).to_be_hidden()
    wait_until_stored(page, page.url)
    glossary_url = f"{demo_site.url}{demo_site.page(language, 'glossary')}"
    wait_until_stored(page, glossary_url)

    session.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet["title"])
    expect(page.locator(STORED_NOTICE)).to_be_visible()
    assert page.locator("link[rel=stylesheet]").first.evaluate("link => link.sheet !== null")
    screenshot(page, f"offline-sheet-{language}", full_page=False)

    page.goto(glossary_url)
    expect(page.locator(STORED_NOTICE)).to_be_visible()
    session.context.set_offline(False)


def test_a_session_is_never_served_offline_and_members_see_only_public_copies(browsing, demo_site):
    session = browsing(role="facilitator")
    page = session.new_page()
    meeting = demo_site.page_info("nl", "session")
    page.goto(meeting["url"])
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting["title"])
    glossary_url = f"{demo_site.url}{demo_site.page('nl', 'glossary')}"
    wait_until_stored(page, glossary_url)
    page.goto(demo_site.page("nl", "practice"))
    wait_until_stored(page, page.url)
    name = page.locator(".account__name").inner_text()

    members_only = f"{demo_site.url}{demo_site.page('nl', 'intervision_index')}"
    stored = stored_addresses(page)
    assert not [address for address in stored if address.startswith(members_only)], stored

    session.context.set_offline(True)
    page.reload()
    expect(page.locator(STORED_NOTICE)).to_be_visible()
    expect(page.locator(".account__name")).to_have_count(0)
    expect(page.get_by_text(name)).to_have_count(0)
    with pytest.raises(Error):
        page.goto(meeting["url"])
    expect(page.get_by_text(meeting["title"])).to_have_count(0)
    session.context.set_offline(False)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_back_from_an_onboarding_step_shows_the_members_own_path(browsing, demo_site, language):
    page = browsing(role="newhire").new_page()
    page.goto(demo_site.page(language, "onboarding"))
    name = page.locator(".account__name").inner_text()
    wait_until_stored(page, page.url)
    page.locator(".onboarding-step h3 a").first.click()
    page.wait_for_load_state()

    page.go_back()
    expect(page.locator(".account__name")).to_have_text(name)
    expect(page.locator(".onboarding-steps form button").first).to_be_visible()
