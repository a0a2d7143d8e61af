"""The service worker is served from the root, and only public pages ask to be kept offline."""

from django.contrib.staticfiles import finders

from tests import factories

MARKER = "data-offline-copy hidden"


def test_the_service_worker_is_served_from_the_root_with_the_whole_site_in_scope(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    with open(finders.find("js/sw.js"), encoding="utf-8") as script:
        assert response.content.decode() == script.read()


def test_a_sheet_and_the_glossary_ask_to_be_kept_but_a_listing_does_not(
    client, home, practice_index
):
    sheet = factories.make_practice(practice_index, title="Reading club")
    glossary = factories.make_glossary(home)
    assert MARKER in client.get(sheet.url).content.decode()
    assert MARKER in client.get(glossary.url).content.decode()
    assert MARKER not in client.get(practice_index.url).content.decode()


def test_every_page_names_the_glossary_for_offline_reading(client, home, practice_index):
    glossary = factories.make_glossary(home)
    page = client.get(practice_index.url).content.decode()
    assert f'data-keep="{glossary.url}"' in page
