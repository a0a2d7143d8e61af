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
    user = get_user_model().objects.create_user(
        "coach", "coach@example.org", PASSWORD, first_name="Camille", last_name="Coach"
    )
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


def sign_in(client, language):
    client.post(f"/{language}/login/", {"username": "coach", "password": PASSWORD})


def account_settings(client):
    """The account settings form as the browser would post it back, passwords left empty."""
    form = BeautifulSoup(client.get("/admin/account/").content, "html.parser").find(
        "form", id="w-editor-form"
    )
    fields = {
        field["name"]: field.get("value", "on")
        for field in form.find_all("input")
        if field.get("type") not in {"radio", "checkbox", "file"} or field.has_attr("checked")
    }
    for select in form.find_all("select"):
        chosen = select.find("option", selected=True)
        fields[select["name"]] = chosen["value"] if chosen else ""
    return {name: value for name, value in fields.items() if "password" not in name}


def test_without_a_choice_the_admin_follows_the_latest_sign_in(client, home, coach):
    sign_in(client, "fr")
    client.logout()

    sign_in(client, "nl")

    assert admin_language(client) == "nl"


def test_a_language_chosen_in_the_account_settings_outlasts_other_sign_ins(client, home, coach):
    sign_in(client, "fr")
    fields = account_settings(client)
    fields["locale-preferred_language"] = "fr"
    assert client.post("/admin/account/", fields).status_code == 302
    client.logout()

    sign_in(client, "nl")

    assert admin_language(client) == "fr"
