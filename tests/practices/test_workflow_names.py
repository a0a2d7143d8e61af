"""The submit button names the review workflow in the writer's language."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from kb.people.roles import COACH, grant_section_permissions


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("fr", "Soumettre à la relecture par les pairs"),
        ("nl", "Stuur door naar collegiale toetsing"),
    ],
)
def test_the_submit_button_is_in_the_writers_language(client, practice_index, language, label):
    grant_section_permissions(practice_index)
    coach = get_user_model().objects.create_user("coach", "coach@example.org", "x" * 16)
    coach.groups.add(Group.objects.get(name=COACH))
    profile = UserProfile.get_for_user(coach)
    profile.preferred_language = language
    profile.save()
    client.force_login(coach)

    html = client.get(
        reverse("wagtailadmin_pages:add", args=("practices", "practicepage", practice_index.pk))
    ).content
    footer = BeautifulSoup(html, "html.parser").find("footer").get_text(" ", strip=True)

    assert label in footer
    assert "Peer review" not in footer
