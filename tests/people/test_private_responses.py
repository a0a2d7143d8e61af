"""What a signed-in member is shown is theirs: no shared cache may keep it for another."""

from django.urls import reverse

import pytest

from tests import factories


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


@pytest.fixture
def member_client(client, coach, home, practice_index):
    factories.make_practice(practice_index, title="Guitar workshop")
    client.force_login(coach)
    return client


@pytest.mark.parametrize(
    "address",
    [
        lambda: "/en/",
        lambda: "/en/search/?q=guitar",
        lambda: "/search/?q=guitar&format=json",
        lambda: reverse("intervision:calendar"),
        lambda: "/en/practices/",
    ],
    ids=["home", "search", "search-json", "calendar", "practice-index"],
)
def test_pages_shown_to_a_member_are_private(member_client, address):
    response = member_client.get(address())

    assert response.status_code == 200
    assert "private" in cache_control(response)
    assert "public" not in cache_control(response)


def test_pages_shown_to_anonymous_visitors_stay_shareable(client, home, practice_index):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "private" not in cache_control(response)
    assert client.get("/en/")["X-Page-Cache"] == "hit"
