"""Fixtures of the browser tests: one demo server and one Chromium per test session."""

import pytest
from playwright.sync_api import expect, sync_playwright

from . import demo_server
from .browsing import DESKTOP, PHONE, Browsing, log_in
from .tools import CHROMIUM_ARGS, require_chromium

# Generous waits: CI runs the server and the browser on two shared cores.
ACTION_TIMEOUT_MS = 30_000
expect.set_options(timeout=ACTION_TIMEOUT_MS)


@pytest.fixture(scope="session")
def chromium_path():
    return require_chromium()


@pytest.fixture(scope="session")
def demo_site(chromium_path, tmp_path_factory):
    site = demo_server.start(tmp_path_factory.mktemp("demo-site"))
    yield site
    site.stop()


@pytest.fixture(scope="session")
def browser(chromium_path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def signed_in_states(browser, demo_site):
    """The cookies of each demo role after one real sign-in, reused by the page checks."""
    states = {}

    def state_for(role):
        if role not in states:
            context = browser.new_context(base_url=demo_site.url)
            log_in(context.new_page(), demo_site, role)
            states[role] = context.storage_state()
            context.close()
        return states[role]

    return state_for


@pytest.fixture
def browsing(browser, demo_site, signed_in_states):
    """Open browser contexts for one test: ``browsing(phone=True, role="coach")``."""
    opened = []

    def open_context(phone=False, role=None, **options):
        context = browser.new_context(
            base_url=demo_site.url,
            viewport=PHONE if phone else DESKTOP,
            storage_state=signed_in_states(role) if role else None,
            **options,
        )
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        opened.append(context)
        return Browsing(context).watch()

    yield open_context
    for context in opened:
        context.close()


@pytest.fixture
def page(browsing):
    return browsing().new_page()
