"""The facilitator's preparation: earlier advice of the group, related practices, one-click adds."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

from intervision.models import ActionPoint, ActionStatus, IntervisionSessionPage
from kb.taxonomy.models import LifeDomain
from practices.models import PracticePage
from tests import factories

from .conftest import make_user


def prepare(client, session):
    return client.get(reverse("intervision:prepare", args=[session.pk]))


def test_prepare_lists_open_points_of_the_group_and_not_of_other_groups(
    client, facilitator, coach, make_group, make_session
):
    ours, theirs = make_group("Wallonia"), make_group("Flanders")
    make_session(
        group=ours,
        days=-30,
        actions=[
            ("Ask the neighbourhood house for a room", coach, "open"),
            ("Write the guitar workshop sheet", coach, "done"),
        ],
    )
    make_session(group=theirs, days=-20, actions=[("Share the volunteering list", coach, "open")])
    upcoming = make_session(group=ours, days=7)
    client.force_login(facilitator)

    response = prepare(client, upcoming)

    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert "Ask the neighbourhood house for a room" in page
    assert "Write the guitar workshop sheet" not in page
    assert "Share the volunteering list" not in page


def test_a_point_closed_in_one_session_disappears_from_the_next_preparation(
    client, facilitator, coach, make_group, make_session
):
    group = make_group()
    first = make_session(
        group=group, days=-60, actions=[("Try a co-facilitator for hard weeks", coach, "open")]
    )
    second = make_session(group=group, days=-30)
    third = make_session(group=group, days=10)
    point = first.action_points.get()
    client.force_login(facilitator)
    assert "Try a co-facilitator for hard weeks" in prepare(client, second).content.decode()

    response = client.post(
        reverse("intervision:close_action_point", args=[point.pk]),
        {"session": second.pk, "next": reverse("intervision:prepare", args=[second.pk])},
        follow=True,
    )

    assert response.status_code == HTTPStatus.OK
    assert "is done" in response.content.decode()
    point.refresh_from_db()
    assert point.status == ActionStatus.DONE
    assert point.closed_in_id == second.pk
    assert "Try a co-facilitator for hard weeks" not in prepare(client, third).content.decode()
    # The session where it was closed still shows it in its follow-up, as done.
    assert "Try a co-facilitator for hard weeks" in client.get(second.url).content.decode()
    # The change is in the latest revision too, so the next edit in the admin keeps it.
    draft = IntervisionSessionPage.objects.get(pk=first.pk).get_latest_revision_as_object()
    assert [row.status for row in draft.action_points.all()] == [ActionStatus.DONE]


def test_a_point_marked_done_in_the_editor_leaves_the_preparation(
    client, facilitator, coach, make_group, make_session
):
    group = make_group()
    first = make_session(
        group=group, days=-30, actions=[("Call the literacy centre", coach, "open")]
    )
    upcoming = make_session(group=group, days=7)
    draft = first.get_latest_revision_as_object()
    rows = list(draft.action_points.all())
    for row in rows:
        row.status = ActionStatus.DONE
    draft.action_points = rows
    draft.save_revision().publish()
    client.force_login(facilitator)

    assert "Call the literacy centre" not in prepare(client, upcoming).content.decode()


def test_only_the_owner_or_facilitator_may_close_a_point(
    client, coach, outsider, make_group, make_session
):
    session = make_session(
        group=make_group("Namur", members=[outsider]),
        actions=[("Visit the gazette team", coach, "open")],
    )
    point = session.action_points.get()
    client.force_login(outsider)

    response = client.post(reverse("intervision:close_action_point", args=[point.pk]))

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert ActionPoint.objects.get(pk=point.pk).status == ActionStatus.OPEN


def test_the_facilitator_of_one_session_cannot_close_a_point_of_another_by_its_id(
    client, coach, make_group, make_session
):
    """The IDOR of the issue: a point is found through the sessions one may see."""
    lead = make_user("lead")
    theirs = make_session(
        group=make_group("Limburg"),
        facilitator=coach,
        actions=[("Phone the tenant's sister about the keys", coach, "open")],
    )
    theirs.unpublish()
    mine = make_session(group=make_group("Namur"), facilitator=lead)
    point = theirs.action_points.get()
    revisions = theirs.revisions.count()
    client.force_login(lead)

    response = client.post(
        reverse("intervision:close_action_point", args=[point.pk]),
        {"session": mine.pk},
        follow=True,
    )

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "sister" not in response.content.decode()
    assert ActionPoint.objects.get(pk=point.pk).status == ActionStatus.OPEN
    assert theirs.revisions.count() == revisions


def test_related_and_participants_practices_can_be_added_in_one_click(
    client, facilitator, coach, practice_index, make_session
):
    related = factories.make_practice(practice_index, title="Guitar workshop taught by a tenant")
    factories.make_practice(practice_index, title="Neighbourhood photo walk")
    authored = factories.make_practice(practice_index, title="Writing workshop")
    authored.authors.add(coach)
    authored.save()
    session = make_session(case_question="How can a guitar workshop keep going on hard weeks?")
    session.participants.add(coach)
    session.save()
    client.force_login(facilitator)

    page = prepare(client, session).content.decode()
    assert "Guitar workshop taught by a tenant" in page
    assert "Neighbourhood photo walk" not in page.split("Recent practice sheets")[0]
    assert "Writing workshop" in page.split("Recent practice sheets")[1]

    response = client.post(
        reverse("intervision:add_practice", args=[session.pk]), {"practice": related.pk}
    )

    assert response.status_code == HTTPStatus.FOUND
    session = IntervisionSessionPage.objects.get(pk=session.pk)
    assert [row.practice_id for row in session.practices_discussed.all()] == [related.pk]
    assert not session.has_unpublished_changes
    assert "Guitar workshop taught by a tenant" in client.get(session.url).content.decode()


def test_participants_cannot_add_practices_and_bad_ids_give_404(
    client, coach, facilitator, make_session
):
    session = make_session()
    session.participants.add(coach)
    session.save()
    client.force_login(coach)
    url = reverse("intervision:add_practice", args=[session.pk])
    assert client.post(url, {"practice": "1"}).status_code == HTTPStatus.FORBIDDEN
    client.force_login(facilitator)
    assert client.post(url, {"practice": "not-a-number"}).status_code == HTTPStatus.NOT_FOUND
    assert client.post(url, {"practice": "999999"}).status_code == HTTPStatus.NOT_FOUND


def test_a_case_becomes_a_draft_practice_sheet(client, practice_index, make_session):
    admin = get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "a-long-enough-password"
    )
    project = factories.make_project()
    session = make_session(
        facilitator=admin,
        case_question="Keeping a tenant-led guitar workshop alive",
        case_project=project,
    )
    session.life_domains.set(LifeDomain.objects.filter(slug__in=["health", "income"]))
    session.save()
    client.force_login(admin)

    response = client.post(reverse("intervision:draft_practice", args=[session.pk]))

    sheet = IntervisionSessionPage.objects.get(pk=session.pk).draft_practice
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[sheet.pk])
    assert not sheet.live
    assert sheet.project == project
    assert sorted(sheet.life_domains.values_list("slug", flat=True)) == ["health", "income"]
    # A second click opens the same draft instead of making another.
    again = client.post(reverse("intervision:draft_practice", args=[session.pk]))
    assert again["Location"] == response["Location"]
    assert PracticePage.objects.filter(title=sheet.title).count() == 1


def test_a_case_without_project_is_refused_with_a_message(client, practice_index, make_session):
    admin = get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "a-long-enough-password"
    )
    session = make_session(facilitator=admin, case_question="A question")
    client.force_login(admin)

    response = client.post(reverse("intervision:draft_practice", args=[session.pk]), follow=True)

    assert response.status_code == HTTPStatus.OK
    assert "Choose the case project first" in response.content.decode()
    assert not PracticePage.objects.filter(title="A question").exists()


def test_open_points_appear_on_the_owners_admin_dashboard(client, make_session):
    owner = get_user_model().objects.create_superuser(
        "owner", "owner@example.org", "a-long-enough-password"
    )
    make_session(
        actions=[("Send the calendar photos", owner, "open"), ("Old point", owner, "done")]
    )
    client.force_login(owner)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == HTTPStatus.OK
    assert "Send the calendar photos" in response.content.decode()
    assert "Old point" not in response.content.decode()
