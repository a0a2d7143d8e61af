"""Who sees a session, channel by channel: its audience reads it, everyone else gets nothing.

The audience of a session is its group's members, its participants, its
facilitator, the group's facilitators and administrators. Anyone else gets a
404 on its addresses and never reads its title or case in a listing or feed.
"""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from intervision.models import ActionStatus, CalendarToken, DiscussedPractice
from tests import factories

from .conftest import make_user

TITLE = "Keeping the gazette shared after the lockdown"
CASE = "The tenant who draws the covers stopped answering after a hard month."
POINT = "Ask the neighbourhood centre for a room on Thursdays"

ANONYMOUS = "anonymous"
OUTSIDER = "signed-in non-member"
OTHER_GROUP = "member of another group"
PARTICIPANT = "participant"
MEMBER = "member of the group"
FACILITATOR = "facilitator"
GROUP_FACILITATOR = "facilitator of the group"
ADMIN = "administrator"
KINDS = [
    ANONYMOUS,
    OUTSIDER,
    OTHER_GROUP,
    PARTICIPANT,
    MEMBER,
    FACILITATOR,
    GROUP_FACILITATOR,
    ADMIN,
]
AUDIENCE = {PARTICIPANT, MEMBER, FACILITATOR, GROUP_FACILITATOR, ADMIN}


@pytest.fixture
def world(practice_index, make_group, make_session, facilitator):
    """One upcoming session of a group, and one person of each kind."""
    people = {
        OUTSIDER: make_user("outsider"),
        OTHER_GROUP: make_user("elsewhere"),
        PARTICIPANT: make_user("guest"),
        MEMBER: make_user("member"),
        FACILITATOR: facilitator,
        GROUP_FACILITATOR: make_user("lead"),
        ADMIN: get_user_model().objects.create_superuser(
            "chief", "chief@example.org", "a-long-enough-password"
        ),
    }
    group = make_group("Wallonia", members=[people[MEMBER]])
    group.facilitators.add(people[GROUP_FACILITATOR])
    make_group("Flanders", members=[people[OTHER_GROUP]])
    practice = factories.make_practice(practice_index, title="A shared neighbourhood gazette")
    session = make_session(
        group=group,
        days=7,
        title=TITLE,
        case_question=CASE,
        actions=[(POINT, people[PARTICIPANT], ActionStatus.OPEN)],
    )
    session.participants.add(people[PARTICIPANT])
    session.save()
    DiscussedPractice.objects.create(session=session, practice=practice)
    return {"people": people, "session": session, "practice": practice}


def sign_in(client, world, kind):
    client.logout()
    if kind != ANONYMOUS:
        client.force_login(world["people"][kind])


def for_each_kind(subtests, client, world, check, kinds=KINDS):
    """Run ``check(kind)`` signed in as each kind of user in turn, each reported on its own."""
    for kind in kinds:
        with subtests.test(kind=kind):
            sign_in(client, world, kind)
            check(kind)


def session_urls(session):
    return {
        "page": session.url,
        "prepare": reverse("intervision:prepare", args=[session.pk]),
        "agenda": reverse("intervision:agenda", args=[session.pk]),
        "minutes": reverse("intervision:minutes", args=[session.pk]),
        ".ics": reverse("intervision:session_ics", args=[session.pk]),
    }


CHANNELS = ["page", "prepare", "agenda", "minutes", ".ics"]


@pytest.mark.parametrize("channel", CHANNELS)
def test_each_address_of_a_session_opens_to_its_audience_only(client, subtests, world, channel):
    def check(kind):
        response = client.get(session_urls(world["session"])[channel])

        body = response.content.decode()
        if kind == ANONYMOUS:
            assert response.status_code == HTTPStatus.FOUND
            assert "/login/" in response["Location"]
        elif kind in AUDIENCE:
            assert response.status_code == HTTPStatus.OK
            assert "no-store" in response["Cache-Control"]
            assert "private" in response["Cache-Control"]
        else:
            assert response.status_code == HTTPStatus.NOT_FOUND
        if kind not in AUDIENCE:
            assert TITLE not in body and CASE not in body

    for_each_kind(subtests, client, world, check)


def test_the_listing_and_the_home_page_show_the_session_to_its_audience(client, subtests, world):
    def check(kind):
        listing = client.get(world["session"].get_parent().url)
        home = client.get("/en/")

        assert (TITLE in listing.content.decode()) == (kind in AUDIENCE)
        assert (TITLE in home.content.decode()) == (kind in AUDIENCE)

    for_each_kind(subtests, client, world, check)


def test_the_personal_feed_holds_the_session_for_its_audience(client, subtests, world):
    def check(kind):
        token = CalendarToken.for_user(world["people"][kind]).token

        feed = client.get(reverse("intervision:feed", args=[token])).content.decode()

        assert (world["session"].url in feed) == (kind in AUDIENCE)
        assert CASE not in feed

    for_each_kind(subtests, client, world, check, kinds=KINDS[1:])


def test_related_lists_name_the_session_to_its_audience_only(client, subtests, world):
    def check(kind):
        sheet = client.get(world["practice"].url)

        assert sheet.status_code == HTTPStatus.OK
        assert (TITLE in sheet.content.decode()) == (kind in AUDIENCE)

    for_each_kind(subtests, client, world, check)


def test_the_sitemap_never_lists_a_session(client, subtests, world):
    def check(_kind):
        sitemap = client.get("/sitemap.xml").content.decode()

        assert world["session"].slug not in sitemap

    for_each_kind(subtests, client, world, check)


CLOSERS = {PARTICIPANT: True, FACILITATOR: True, GROUP_FACILITATOR: True, ADMIN: True}


@pytest.mark.parametrize("kind", KINDS)
def test_an_action_point_is_closed_only_by_its_owner_or_a_facilitator(client, world, kind):
    sign_in(client, world, kind)
    point = world["session"].action_points.get()

    response = client.post(reverse("intervision:close_action_point", args=[point.pk]), follow=True)

    point.refresh_from_db()
    if kind == ANONYMOUS:
        assert response.redirect_chain[-1][0].startswith("/en/login/")
    elif kind in CLOSERS:
        assert response.status_code == HTTPStatus.OK
        assert POINT in response.content.decode()
    elif kind in AUDIENCE:
        assert response.status_code == HTTPStatus.FORBIDDEN
    else:
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert (point.status == ActionStatus.DONE) == (kind in CLOSERS)
    if kind not in AUDIENCE:
        assert POINT not in response.content.decode()


def test_a_member_of_the_group_may_read_but_not_close_anothers_point(client, world):
    client.force_login(world["people"][MEMBER])
    point = world["session"].action_points.get()

    response = client.post(reverse("intervision:close_action_point", args=[point.pk]))

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert POINT not in response.content.decode()
