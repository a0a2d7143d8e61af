"""Every read of a session leaves one audit entry, and a busy database never fails the read."""

from http import HTTPStatus

from django.urls import reverse

from wagtail.models import PageLogEntry

import pytest

from tests.people.database_faults import table_held

VIEW = "ancora.view_session"


@pytest.fixture
def group_session(make_group, make_session, coach):
    return make_session(group=make_group("Brussels", members=[coach]), case_question="A case")


def reads_of(session):
    return [
        session.url,
        reverse("intervision:prepare", args=[session.pk]),
        reverse("intervision:agenda", args=[session.pk]),
        reverse("intervision:minutes", args=[session.pk]),
        reverse("intervision:session_ics", args=[session.pk]),
    ]


def test_each_of_five_reads_is_in_the_audit_log(
    client, coach, group_session, django_capture_on_commit_callbacks
):
    client.force_login(coach)

    with django_capture_on_commit_callbacks(execute=True):
        statuses = [client.get(url).status_code for url in reads_of(group_session)]

    assert statuses == [HTTPStatus.OK] * 5
    entries = PageLogEntry.objects.filter(action=VIEW, page=group_session)
    assert entries.count() == 5
    assert {entry.user for entry in entries} == {coach}


def test_a_refused_read_leaves_no_entry(
    client, outsider, group_session, django_capture_on_commit_callbacks
):
    client.force_login(outsider)

    with django_capture_on_commit_callbacks(execute=True):
        statuses = {client.get(url).status_code for url in reads_of(group_session)}

    assert statuses == {HTTPStatus.NOT_FOUND}
    assert not PageLogEntry.objects.filter(action=VIEW).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_locked_audit_log_never_fails_the_read(client, coach, group_session):
    client.force_login(coach)

    with table_held("wagtailcore_pagelogentry"):
        responses = [client.get(url) for url in reads_of(group_session)]

    assert [response.status_code for response in responses] == [HTTPStatus.OK] * 5
    assert "A case" in responses[0].content.decode()
    client.get(group_session.url)
    assert PageLogEntry.objects.filter(action=VIEW, page=group_session).count() == 1
