"""The footer offers "Edit this page" only to those who can edit the page in the admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from kb.people.roles import COACH, NEW_HIRE
from tests import factories


def has_edit_link(client, role, page):
    user = get_user_model().objects.create_user(f"user-{role}", password="long enough 123")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return "Edit this page" in client.get(page.url).content.decode()


@pytest.mark.parametrize(("role", "offered"), [(COACH, True), (NEW_HIRE, False)])
def test_edit_link_is_offered_to_writers_only(client, practice_index, role, offered):
    sheet = factories.make_practice(practice_index)

    assert has_edit_link(client, role, sheet) is offered
