"""A sheet drafted from session notes stays with the session's group until it is anonymised."""

from http import HTTPStatus

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from intervision.models import IntervisionSessionPage
from kb.people.roles import COACH, REVIEWER
from practices.models import PracticePage
from tests import factories
from tests.people.admin_forms import practice_form_data

from .conftest import make_user

CASE_QUESTION = "How to keep Marie Dupont's gazette going"


def writer(username, role=COACH):
    user = make_user(username)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def bringer(db):
    return writer("bringer")


@pytest.fixture
def outsider_writer(db):
    return writer("elsewhere", REVIEWER)


@pytest.fixture
def drafted(client, make_session, make_group, practice_index, bringer):
    """The sheet the coach who presented the case drafted from the session."""
    session = make_session(
        group=make_group("Brussels", members=[bringer]),
        case_question=CASE_QUESTION,
        case_summary="The tenant who draws asked Marie Dupont to stop calling him.",
        insights="A fixed column gives each contributor a place.",
        case_project=factories.make_project(),
    )
    session.roles.all().filter(role="case-bringer").update(person=bringer)
    client.force_login(bringer)
    client.post(reverse("intervision:draft_practice", args=[session.pk]))
    client.logout()
    return PracticePage.objects.get(
        pk=IntervisionSessionPage.objects.get(pk=session.pk).draft_practice_id
    )


def admin_addresses(sheet):
    revision = sheet.get_latest_revision()
    return [
        reverse("wagtailadmin_pages:edit", args=[sheet.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[sheet.pk]),
        reverse("wagtailadmin_pages:history", args=[sheet.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[sheet.pk, revision.pk]),
    ]


def test_the_draft_does_not_take_the_case_question_as_its_title(drafted):
    assert drafted.title != CASE_QUESTION
    assert "Dupont" not in drafted.title
    assert "Dupont" not in drafted.slug


def test_a_writer_outside_the_group_cannot_open_the_draft_in_the_admin(
    client, drafted, outsider_writer
):
    client.force_login(outsider_writer)

    for address in admin_addresses(drafted):
        response = client.get(address)
        assert response.status_code != HTTPStatus.OK, address
        assert "Marie Dupont" not in response.content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[drafted.get_parent().pk]))
    assert drafted.title not in listing.content.decode()
    chooser = client.get(reverse("wagtailadmin_choose_page_child", args=[drafted.get_parent().pk]))
    assert drafted.title not in chooser.content.decode()


def test_the_group_works_on_the_draft(client, drafted, bringer, make_group):
    client.force_login(bringer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[drafted.pk]))

    assert response.status_code == HTTPStatus.OK
    assert "Marie Dupont" in response.content.decode()
    assert 'name="anonymised"' in response.content.decode()


def submit(client, sheet, **fields):
    data = practice_form_data(
        sheet.project,
        title="A gazette written by tenants",
        slug=sheet.slug,
        summary="Tenants write and draw a monthly gazette for their street.",
        **fields,
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[sheet.pk]), data)


def test_the_draft_is_submitted_for_review_only_once_marked_anonymised(
    client, drafted, bringer, outsider_writer
):
    client.force_login(bringer)

    refused = submit(client, drafted)
    not_yet = PracticePage.objects.get(pk=drafted.pk).current_workflow_state
    submit(client, drafted, anonymised="on")
    marked = PracticePage.objects.get(pk=drafted.pk)

    assert refused.status_code == HTTPStatus.OK
    assert "anonymise it and tick this box" in refused.content.decode()
    assert not_yet is None
    assert marked.current_workflow_state is not None
    assert marked.anonymised
    client.force_login(outsider_writer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[drafted.pk])).status_code == 200


def test_the_draft_is_never_on_the_site_nor_in_search_before_it_is_anonymised(
    client, drafted, bringer
):
    client.force_login(bringer)

    found = client.get("/en/search/", {"q": "gazette", "format": "json"}).json()

    assert not PracticePage.objects.get(pk=drafted.pk).live
    assert found["total"] == 0
