"""The admin keeps the language a member signed in with, whatever site page they read next."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from kb.people.roles import COACH

PASSWORD = "a-long-enough-password-1"


@pytest.fixture
def coach(db):
    user = get_user_model().objects.create_user("coach", "coach@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=COACH))
    return user


def admin_language(client):
    return BeautifulSoup(client.get("/admin/").content, "html.parser").html["lang"]


def test_reading_a_dutch_page_leaves_the_french_admin_french(client, home, coach):
    client.post("/fr/login/", {"username": "coach", "password": PASSWORD})
    assert admin_language(client) == "fr"

    client.get("/nl/")

    assert admin_language(client) == "fr"


def test_a_chosen_admin_language_is_kept_at_sign_in(client, home, coach):
    profile = UserProfile.get_for_user(coach)
    profile.preferred_language = "nl"
    profile.save()

    client.post("/fr/login/", {"username": "coach", "password": PASSWORD})

    assert admin_language(client) == "nl"
