"""The service worker is served from the root, and only public pages ask to be kept offline."""

import json
import re

from django.contrib.staticfiles import finders
from django.utils.cache import get_max_age

import pytest

from tests import factories

MARKER = "data-offline-copy hidden"
OFFLINE_HEADINGS = {"nl": "Je bent offline", "fr": "Vous êtes hors ligne", "en": "You are offline"}


def offline_pages_of(script):
    """The addresses the served worker shows offline, read from the line the server puts first."""
    found = re.search(r"^const OFFLINE_PAGES = (\{.*\});$", script, re.MULTILINE)
    assert found, script[:300]
    return json.loads(found.group(1))


def test_the_service_worker_is_served_from_the_root_with_the_whole_site_in_scope(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    with open(finders.find("js/sw.js"), encoding="utf-8") as script:
        assert response.content.decode().endswith(script.read())


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_worker_knows_an_offline_page_in_each_language_that_says_so(client, db, language):
    address = offline_pages_of(client.get("/sw.js").content.decode())[language]
    response = client.get(address)
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert f"<h1>{OFFLINE_HEADINGS[language]}</h1>" in page
    assert 'name="robots" content="noindex"' in page
    # The worker stores it as fetched without cookies: nothing may forbid that.
    assert "private" not in response.get("Cache-Control", "")
    assert get_max_age(response) != 0
    assert MARKER not in page


def test_a_sheet_and_the_glossary_ask_to_be_kept_but_a_listing_does_not(
    client, home, practice_index
):
    sheet = factories.make_practice(practice_index, title="Reading club")
    glossary = factories.make_glossary(home)
    assert MARKER in client.get(sheet.url).content.decode()
    assert MARKER in client.get(glossary.url).content.decode()
    assert MARKER not in client.get(practice_index.url).content.decode()


def test_a_sheet_offers_to_be_kept_for_offline_and_the_glossary_does_not(
    client, home, practice_index
):
    sheet = factories.make_practice(practice_index, title="Reading club")
    glossary = factories.make_glossary(home)
    button = re.search(
        r"<button[^>]*data-keep-offline[^>]*>([^<]+)</button>",
        client.get(sheet.url).content.decode(),
    )
    assert button and button.group(1) == "Keep for offline"
    assert 'aria-pressed="false"' in button.group(0)
    assert "data-keep-offline" not in client.get(glossary.url).content.decode()


def test_every_page_names_the_glossary_for_offline_reading(client, home, practice_index):
    glossary = factories.make_glossary(home)
    page = client.get(practice_index.url).content.decode()
    assert f'data-keep="{glossary.url}"' in page
