"""A worker keeps its own copies of the shared fragments and reads the generation once a
request, yet never serves a fragment older than the content, whoever changed it."""

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.test import Client

from bs4 import BeautifulSoup

from kb.pagecache import store
from practices.models import PracticeIndexPage
from tests import factories


def breadcrumbs(client, url):
    page = BeautifulSoup(client.get(url, HTTP_CACHE_CONTROL="no-cache").content, "html.parser")
    return [item.get_text(strip=True) for item in page.select(".breadcrumbs li")]


def test_a_change_published_by_another_worker_is_seen_at_the_next_request(practice_index):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    client = Client()
    assert breadcrumbs(client, sheet.url)[1] == "Practices"

    # Another worker renames the section: the row changes and the shared generation moves
    # on, while this worker still holds its own copy of the breadcrumbs.
    PracticeIndexPage.objects.filter(pk=practice_index.pk).update(title="Practice sheets")
    cache.incr(store.GENERATION_KEY)

    assert breadcrumbs(client, sheet.url)[1] == "Practice sheets"


def test_copies_of_an_emptied_shared_cache_are_not_served(practice_index):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")
    cache.clear()
    client = Client()
    assert breadcrumbs(client, sheet.url)[1] == "Practices"

    PracticeIndexPage.objects.filter(pk=practice_index.pk).update(title="Practice sheets")
    cache.clear()  # the shared cache restarted empty

    assert breadcrumbs(client, sheet.url)[1] == "Practice sheets"


def test_a_request_sees_the_change_it_made_itself(db):
    request_started.send(sender=None)
    try:
        before = store.generation()
        kept = store.until_content_changes("answer", lambda: "before")
        store.invalidate()
        assert store.generation() != before
        assert store.until_content_changes("answer", lambda: "after") == "after" != kept
    finally:
        request_finished.send(sender=None)


def test_what_a_caller_changes_in_a_kept_value_does_not_reach_the_next_one(db):
    first = store.until_content_changes("sections", lambda: ["Practices", "Search"])
    first.append("Changed by a caller")

    assert store.until_content_changes("sections", list) == ["Practices", "Search"]
