"""Anonymous pages come from the cache until something is published; members never do."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from tests import factories


@pytest.fixture
def sheet(practice_index):
    return factories.make_practice(practice_index, title="Guitar workshop")


def test_second_anonymous_visit_is_served_without_queries(client, sheet):
    first = client.get(sheet.url)
    assert first.status_code == 200
    with CaptureQueriesContext(connection) as captured:
        second = client.get(sheet.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(captured) == 0


def test_publishing_a_change_shows_it_at_once(client, sheet):
    client.get(sheet.url)
    sheet.title = "Guitar workshop led by a tenant"
    factories.publish(sheet)
    response = client.get(sheet.url)
    assert "Guitar workshop led by a tenant" in response.content.decode()


def test_unpublishing_removes_the_page_at_once(client, sheet):
    url = sheet.url
    assert client.get(url).status_code == 200
    sheet.unpublish()
    assert client.get(url).status_code == 404


def test_members_are_never_served_from_the_cache(client, sheet):
    client.get(sheet.url)
    user = get_user_model().objects.create_user("coach", password="a long password 123")
    client.force_login(user)
    response = client.get(sheet.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_a_restricted_page_is_never_cached(client, sheet):
    PageViewRestriction.objects.create(page=sheet, restriction_type=PageViewRestriction.LOGIN)
    user = get_user_model().objects.create_user("coach", password="a long password 123")
    client.force_login(user)
    assert client.get(sheet.url).status_code == 200
    client.logout()
    response = client.get(sheet.url)
    assert response.status_code == 302
    assert "X-Page-Cache" not in response


def test_a_hard_reload_skips_the_cache(client, sheet):
    client.get(sheet.url)
    response = client.get(sheet.url, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
