"""The demo builder makes a believable intervision corpus, once."""

from http import HTTPStatus

from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Page, PageViewRestriction

import pytest

from intervision.access import visible_sessions
from intervision.demo import build_intervision_demo
from intervision.models import (
    ActionPoint,
    ActionStatus,
    ExchangeDayPage,
    IntervisionIndexPage,
    IntervisionSessionPage,
)
from kb.demo.users import DEMO_USERS
from tests import factories

from .conftest import make_user


@pytest.fixture
def demo_homes(db):
    factories.make_project(slug="namur-relais-social", city="namur")
    return {language: factories.make_site(language) for language in ("nl", "en", "fr")}


@pytest.fixture
def demo_users(db):
    return {role: make_user(role) for role in DEMO_USERS}


def test_the_demo_is_built_once(demo_homes, demo_users):
    first = build_intervision_demo(demo_homes, demo_users)
    pages = Page.objects.count()
    points = ActionPoint.objects.count()

    second = build_intervision_demo(demo_homes, demo_users)

    assert first > 0
    assert second == 0
    assert Page.objects.count() == pages
    assert ActionPoint.objects.count() == points


def test_the_demo_covers_what_a_facilitator_needs(client, demo_homes, demo_users):
    build_intervision_demo(demo_homes, demo_users)
    now = timezone.now()

    for home in demo_homes.values():
        index = IntervisionIndexPage.objects.child_of(home).get()
        assert index.live
        assert index.view_restrictions.filter(restriction_type=PageViewRestriction.LOGIN).exists()
    sessions = IntervisionSessionPage.objects.live()
    assert sessions.count() >= 4
    assert len(set(sessions.values_list("method_slug", flat=True))) >= 4
    assert sessions.filter(start__gte=now).exists() and sessions.filter(start__lt=now).exists()
    assert ExchangeDayPage.objects.live().count() == 2
    statuses = set(ActionPoint.objects.values_list("status", flat=True))
    assert statuses == {ActionStatus.OPEN, ActionStatus.DONE}
    assert all(len(session.steps.all()) > 0 for session in sessions)
    assert IntervisionSessionPage.objects.filter(case_project__slug="namur-relais-social").exists()

    upcoming = IntervisionSessionPage.upcoming(now).filter(locale__language_code="fr").first()
    follow_up = list(upcoming.follow_up_points())
    assert follow_up and all(point.session.group_id == upcoming.group_id for point in follow_up)
    client.force_login(demo_users["newhire"])
    response = client.get(upcoming.url)
    assert response.status_code == HTTPStatus.OK
    assert escape(follow_up[0].what) in response.content.decode()


def test_two_demo_users_of_different_groups_see_different_sessions(client, demo_homes, demo_users):
    build_intervision_demo(demo_homes, demo_users)
    index = next(index for index in IntervisionIndexPage.objects.all() if index.url)

    seen = {}
    for name in ("coach", "reviewer"):
        client.force_login(demo_users[name])
        body = client.get(index.url).content.decode()
        seen[name] = {
            session.pk
            for session in IntervisionSessionPage.objects.live()
            if escape(session.title) in body
        }

    assert seen["coach"] and seen["reviewer"]
    assert not seen["coach"] & seen["reviewer"]
    for name, pks in seen.items():
        groups = set(
            IntervisionSessionPage.objects.filter(pk__in=pks).values_list("group", flat=True)
        )
        assert len(groups) == 1, name
        client.force_login(demo_users[name])
        other = IntervisionSessionPage.objects.live().exclude(group__in=groups).first()
        assert client.get(other.url).status_code == HTTPStatus.NOT_FOUND


def test_the_demo_has_a_facilitator_per_group_a_coach_in_none_and_a_guest(
    client, demo_homes, demo_users
):
    build_intervision_demo(demo_homes, demo_users)
    facilitators = ("facilitator", "facilitator-wb", "facilitator-vl")
    facilitated = {
        name: set(demo_users[name].facilitated_intervision_groups.values_list("slug", flat=True))
        for name in facilitators
    }
    guest = demo_users["guest"]
    guest_session = visible_sessions(guest).get()
    earlier = guest_session.follow_up_points()

    assert facilitated == {
        "facilitator": {"wallonie-bruxelles", "vlaanderen"},
        "facilitator-wb": {"wallonie-bruxelles"},
        "facilitator-vl": {"vlaanderen"},
    }
    assert not visible_sessions(demo_users["coach-nogroup"]).exists()
    assert not guest.intervision_groups.exists()
    assert earlier.exists()
    client.force_login(guest)
    body = client.get(guest_session.url).content.decode()
    assert escape(guest_session.title) in body
    for point in earlier:
        assert escape(point.what) not in body
        assert escape(point.session.title) not in body
