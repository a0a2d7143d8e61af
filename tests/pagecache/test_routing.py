"""An address is routed once per content change, and follows a move or an unpublish at once."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kb import pagetree
from practices.models import PracticeIndexPage, PracticePage
from tests import factories


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
    return response, [query["sql"] for query in captured.captured_queries]


def test_a_second_visit_reads_neither_the_site_nor_the_tree_above_the_page(practice_index):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    client = Client()
    first, first_queries = queries_of(client, sheet.url)
    again, queries = queries_of(client, sheet.url)

    assert "Guitar workshop" in again.content.decode() == first.content.decode()
    assert any('"wagtailcore_site"' in sql for sql in first_queries)
    assert not any('"wagtailcore_site"' in sql for sql in queries)
    assert not any("'practices'" in sql for sql in queries)  # the index, found by its slug


def test_a_moved_page_is_served_at_its_new_address_and_the_old_one_leads_there(
    client, home, practice_index
):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    old_address = sheet.url
    assert client.get(old_address, HTTP_CACHE_CONTROL="no-cache").status_code == 200

    archive = pagetree.add(home, PracticeIndexPage(title="Archive", slug="archive"))
    factories.publish(archive)
    sheet.move(archive, pos="last-child")
    new_address = PracticePage.objects.get(pk=sheet.pk).url

    assert client.get(old_address, HTTP_CACHE_CONTROL="no-cache")["Location"] == new_address
    assert client.get(new_address, HTTP_CACHE_CONTROL="no-cache").status_code == 200


def test_an_unpublished_page_is_gone_from_an_address_served_before(client, practice_index):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    assert client.get(sheet.url, HTTP_CACHE_CONTROL="no-cache").status_code == 200

    sheet.unpublish()

    assert client.get(sheet.url, HTTP_CACHE_CONTROL="no-cache").status_code == 404


def test_an_address_that_leads_nowhere_is_not_kept(client, practice_index):
    missing = f"{practice_index.url}guitar-workshop/"
    assert client.get(missing, HTTP_CACHE_CONTROL="no-cache").status_code == 404

    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    PracticePage.objects.filter(pk=sheet.pk).update(
        slug="guitar-workshop", url_path=sheet.url_path.replace(sheet.slug, "guitar-workshop")
    )

    assert client.get(missing, HTTP_CACHE_CONTROL="no-cache").status_code == 200


def test_a_view_that_is_no_page_reads_the_site_once_per_content_change(practice_index):
    client = Client()
    search = "/en/search/?q=guitar"
    first, first_queries = queries_of(client, search)
    again, queries = queries_of(client, search)

    assert again.status_code == first.status_code == 200
    assert f'href="{practice_index.url}"' in again.content.decode()
    assert any('"wagtailcore_site"' in sql for sql in first_queries)
    assert not any('"wagtailcore_site"' in sql for sql in queries)
