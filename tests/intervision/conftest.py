import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

import pytest

from intervision.models import (
    ActionPoint,
    IntervisionGroup,
    IntervisionIndexPage,
    IntervisionSessionPage,
)
from tests import factories

_numbers = itertools.count(1)


def make_user(username, **fields):
    return get_user_model().objects.create_user(
        username, f"{username}@example.org", "a-long-enough-password", **fields
    )


@pytest.fixture
def coach(db):
    return make_user("coach", first_name="Camille", last_name="Coach")


@pytest.fixture
def facilitator(db):
    return make_user("facilitator", first_name="Fien", last_name="Facilitator")


@pytest.fixture
def outsider(db):
    return make_user("outsider")


@pytest.fixture
def intervision_index(home):
    index = home.add_child(
        instance=IntervisionIndexPage(title="Intervision", slug="intervision", locale=home.locale)
    )
    return factories.publish(index)


@pytest.fixture
def make_group(db):
    def build(name="Wallonia", members=()):
        group = IntervisionGroup.objects.create(name=name, slug=f"group-{next(_numbers)}")
        group.members.add(*members)
        return group

    return build


@pytest.fixture
def make_session(intervision_index, facilitator):
    """A published session ``days`` from now; ``actions`` are (what, owner, status) rows."""

    def build(group=None, days=-7, method="codevelopment", actions=(), **fields):
        n = next(_numbers)
        session = IntervisionSessionPage(
            title=fields.pop("title", f"Session {n}"),
            slug=f"session-{n}",
            locale=intervision_index.locale,
            group=group,
            start=fields.pop("start", timezone.now() + timedelta(days=days)),
            method_slug=method,
            facilitator=fields.pop("facilitator", facilitator),
            **fields,
        )
        session.action_points = [
            ActionPoint(what=what, owner=owner, status=status) for what, owner, status in actions
        ]
        intervision_index.add_child(instance=session)
        return factories.publish(session)

    return build
