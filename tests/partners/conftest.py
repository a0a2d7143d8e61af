from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from kb.people.roles import COACH, grant_section_permissions
from tests import factories


@pytest.fixture
def partner_index(home):
    index = factories.make_partner_index(home)
    grant_section_permissions(index)
    return index


@pytest.fixture
def coach(db):
    user = get_user_model().objects.create_user(
        "coach", "coach@example.org", "a-long-enough-password-1"
    )
    user.groups.add(Group.objects.get(name=COACH))
    return user
