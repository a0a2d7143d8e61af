import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from intervision.models import IntervisionIndexPage, IntervisionSessionPage
from kb.people.models import Membership
from kb.people.roles import COACH, FACILITATOR, NEW_HIRE, REVIEWER
from tests import factories

_numbers = itertools.count(1)
PASSWORD = "a-long-enough-password-1"


@pytest.fixture
def make_member(db):
    """A user holding ``role`` and working for ``project`` (a Project or None)."""

    def build(username, role=None, project=None, **fields):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", PASSWORD, **fields
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        if project is not None:
            Membership.objects.create(user=user, project=project)
        return user

    return build


@pytest.fixture
def namur(db):
    return factories.make_project("namur-relais", city="namur", region="wallonia")


@pytest.fixture
def ghent(db):
    return factories.make_project(
        "ghent-ocmw", city="ghent", region="flanders", model="complementarity"
    )


@pytest.fixture
def coach(make_member, namur):
    return make_member("coach", COACH, namur, first_name="Camille")


@pytest.fixture
def reviewer_same_project(make_member, namur):
    return make_member("reviewer-namur", REVIEWER, namur)


@pytest.fixture
def reviewer_elsewhere(make_member, ghent):
    return make_member("reviewer-ghent", REVIEWER, ghent)


@pytest.fixture
def facilitator(make_member):
    return make_member("facilitator", FACILITATOR)


@pytest.fixture
def newhire(make_member):
    return make_member("newhire", NEW_HIRE)


@pytest.fixture
def intervision_index(home):
    index = home.add_child(
        instance=IntervisionIndexPage(title="Intervision", slug="intervision", locale=home.locale)
    )
    return factories.publish(index)


@pytest.fixture
def make_session(intervision_index):
    def build(days_ago=7, **fields):
        n = next(_numbers)
        session = IntervisionSessionPage(
            title=fields.pop("title", f"Session {n}"),
            slug=f"session-{n}",
            locale=intervision_index.locale,
            start=timezone.now() - timedelta(days=days_ago),
            method_slug="codevelopment",
            **fields,
        )
        intervision_index.add_child(instance=session)
        return factories.publish(session)

    return build
