"""Without a connection a coach still reads the sheets they opened or kept, never a session;
any other page says it is offline, and a signed-in member never gets the signed-out copy."""

import pytest
from playwright.sync_api import expect

from .browsing import screenshot
from .test_accessibility import AXE, WCAG_TAGS, describe

pytestmark = pytest.mark.e2e

STORED_NOTICE = "[data-offline-copy]"
OFFLINE_HEADINGS = {"nl": "Je bent offline", "fr": "Vous êtes hors ligne"}
KEEP_LABELS = {"nl": "Offline bewaren", "fr": "Conserver hors ligne"}
KEPT_STATUS = {"nl": "Bewaard op dit toestel", "fr": "Conservée sur cet appareil"}
REMOVED_STATUS = {"nl": "Verwijderd van dit toestel.", "fr": "Retirée de cet appareil."}

STORED_PAGES = """async () => {
    const pages = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
            const response = await cache.match(request);
            pages.push({url: request.url, html: await response.text()});
        }
    }
    return pages;
}"""
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
    expect(page.locator(".account")).to_be_hidden()
    expect(page.get_by_text(name)).to_have_count(0)
    page.goto(meeting["url"])
    expect(page.get_by_role("heading", level=1)).to_have_text(OFFLINE_HEADINGS["nl"])
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


def offline_page_url(site, language):
    return f"{site.url}/{language}/offline/"


def other_sheet_url(page, site, language, opened):
    """A sheet in ``language`` of the practice list the visitor has not opened, read online."""
    listing = site.page(language, "practice_index")
    page.goto(listing)
    links = page.locator(f'main a[href^="{listing}"]:not([href*="?"]):not([href*="#"])')
    hrefs = links.evaluate_all("links => links.map(link => link.href)")
    others = sorted(set(hrefs) - {opened, page.url})
    assert others, "the practice list shows no other sheet"
    return others[0]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_offline_any_page_without_a_copy_says_so_and_lists_the_stored_sheets(
    browsing, demo_site, language
):
    session = browsing(phone=True)
    page = session.new_page()
    sheet = demo_site.page_info(language, "practice")
    page.goto(sheet["url"])
    opened = page.url
    wait_until_stored(page, opened)
    wait_until_stored(page, offline_page_url(demo_site, language))
    unopened = other_sheet_url(page, demo_site, language, opened)

    session.context.set_offline(True)
    for address in (
        demo_site.page(language, "practice_index"),
        demo_site.page(language, "home"),
        unopened,
    ):
        page.goto(address)
        expect(page.get_by_role("heading", level=1)).to_have_text(OFFLINE_HEADINGS[language])
        assert page.locator("html").get_attribute("lang") == language
        expect(page.get_by_role("link", name=sheet["title"], exact=True)).to_have_attribute(
            "href", opened
        )
    screenshot(page, f"offline-page-{language}", full_page=False)
    page.get_by_role("link", name=sheet["title"], exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet["title"])
    expect(page.locator(STORED_NOTICE)).to_be_visible()
    session.context.set_offline(False)
    assert not session.script_errors


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_coach_keeps_a_sheet_for_offline_with_one_tap_and_removes_it(
    browsing, demo_site, language
):
    session = browsing(phone=True, role="coach")
    page = session.new_page()
    sheet = demo_site.page_info(language, "practice")
    page.goto(sheet["url"])
    address = page.url
    keep = page.get_by_role("button", name=KEEP_LABELS[language])
    expect(keep).to_have_attribute("aria-pressed", "false")
    keep.click()
    expect(keep).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("status").filter(has_text=KEPT_STATUS[language])).to_be_visible()
    keep.scroll_into_view_if_needed()
    screenshot(page, f"keep-for-offline-{language}", full_page=False)
    wait_until_stored(page, offline_page_url(demo_site, language))

    session.context.set_offline(True)
    page.goto(demo_site.page(language, "home"))
    page.get_by_role("link", name=sheet["title"], exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet["title"])
    expect(page.locator(STORED_NOTICE)).to_be_visible()
    expect(keep).to_have_attribute("aria-pressed", "true")
    session.context.set_offline(False)

    page.goto(address)
    keep.click()
    expect(keep).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_role("status").filter(has_text=REMOVED_STATUS[language])).to_be_visible()
    page.reload()
    expect(keep).to_have_attribute("aria-pressed", "false")
    assert not session.script_errors


def test_signing_out_leaves_no_session_or_member_page_on_the_device(browsing, demo_site):
    session = browsing(role="facilitator")
    page = session.new_page()
    meeting = demo_site.page_info("nl", "session")
    page.goto(meeting["url"])
    name = page.locator(".account__name").inner_text()
    page.goto(demo_site.page("nl", "intervision_index"))
    page.goto(demo_site.page("nl", "onboarding"))
    wait_until_stored(page, page.url)
    page.goto(demo_site.page("nl", "practice"))
    page.get_by_role("button", name=KEEP_LABELS["nl"]).click()
    expect(page.get_by_role("button", name=KEEP_LABELS["nl"])).to_have_attribute(
        "aria-pressed", "true"
    )

    with page.expect_navigation():
        page.locator(".account__signout button").click()
    expect(page.locator(".account__name")).to_have_count(0)

    stored = page.evaluate(STORED_PAGES)
    members_only = f"{demo_site.url}{demo_site.page('nl', 'intervision_index')}"
    assert [p["url"] for p in stored if p["url"].startswith(members_only)] == []
    assert [p["url"] for p in stored if name in p["html"]] == []
    assert [p["url"] for p in stored if meeting["title"] in p["html"]] == []
    assert f"{demo_site.url}{demo_site.page('nl', 'practice')}" in [p["url"] for p in stored]

    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text(name)).to_have_count(0)


def axe_violations(page):
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return AXE.run(page, options=options).response["violations"]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_keep_button_and_the_offline_page_meet_wcag_22_aa(browsing, demo_site, language):
    session = browsing(phone=True, role="coach")
    page = session.new_page()
    page.goto(demo_site.page(language, "practice"))
    page.get_by_role("button", name=KEEP_LABELS[language]).click()
    expect(page.get_by_role("status").filter(has_text=KEPT_STATUS[language])).to_be_visible()
    violations = axe_violations(page)
    assert not violations, f"{page.url}\n{describe(violations)}"
    wait_until_stored(page, offline_page_url(demo_site, language))

    session.context.set_offline(True)
    page.goto(demo_site.page(language, "practice_index"))
    expect(page.locator("[data-stored-sheets] a")).to_have_count(1)
    violations = axe_violations(page)
    session.context.set_offline(False)
    assert not violations, f"offline page\n{describe(violations)}"
