"""Intervision sessions: each member's view is audited, old notes are archived."""

from datetime import datetime
from http import HTTPStatus
from io import StringIO

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import PageLogEntry

from intervision.models import (
    ArchivedSessionNotes,
    IntervisionSessionPage,
    ParticipantTakeaway,
    SessionStep,
)
from intervision.retention import months_before

VIEW = "ancora.view_session"


def test_a_members_view_of_a_session_is_in_the_audit_log(
    client, make_session, coach, django_capture_on_commit_callbacks
):
    session = make_session()
    session.participants.add(coach)
    session.save()
    client.force_login(coach)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(session.url)

    assert response.status_code == HTTPStatus.OK
    entry = PageLogEntry.objects.get(action=VIEW, page=session)
    assert entry.user == coach


def test_anonymous_visitors_see_nothing_and_leave_no_view_entry(client, make_session):
    session = make_session(case_summary="A tenant refuses every visit.")

    response = client.get(session.url)

    assert response.status_code == HTTPStatus.FOUND
    assert "refuses" not in response.content.decode()
    assert not PageLogEntry.objects.filter(action=VIEW).exists()


def test_the_audit_log_report_names_the_view(
    client, make_session, coach, make_member, django_capture_on_commit_callbacks
):
    session = make_session()
    session.participants.add(coach)
    session.save()
    client.force_login(coach)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(session.url)
    client.force_login(make_member("chief", is_superuser=True, is_staff=True))

    report = client.get("/admin/reports/site-history/")

    assert report.status_code == HTTPStatus.OK
    assert "View session" in report.content.decode()


def with_notes(make_session, days_ago, title):
    session = make_session(
        days_ago=days_ago,
        title=title,
        case_summary=f"{title}: the tenant's story.",
        insights=f"{title}: what we learned.",
    )
    session.steps = [SessionStep(title="Question round", notes=f"{title}: step notes.")]
    session.takeaways = [ParticipantTakeaway(takeaway=f"{title}: my takeaway.")]
    session.save_revision().publish()
    return IntervisionSessionPage.objects.get(pk=session.pk)


@override_settings(SESSION_NOTES_RETENTION_MONTHS=24)
def test_notes_older_than_the_retention_move_to_the_archive(client, make_session, coach):
    old = with_notes(make_session, days_ago=800, title="Old session")
    recent = with_notes(make_session, days_ago=30, title="Recent session")

    call_command("archive_sessions", stdout=StringIO())

    old.refresh_from_db()
    assert old.case_summary == "" and old.insights == ""
    assert [step.notes for step in old.steps.all()] == [""]
    assert not old.takeaways.exists()
    assert old.live
    archive = ArchivedSessionNotes.objects.get(session=old)
    assert "Old session: the tenant's story." in str(archive.notes)
    assert "Old session: my takeaway." in str(archive.notes)
    assert all("tenant's story" not in str(rev.content) for rev in old.revisions.all())
    assert PageLogEntry.objects.filter(page=old, action="ancora.archive_session_notes").exists()
    recent.refresh_from_db()
    assert recent.case_summary == "Recent session: the tenant's story."
    assert not ArchivedSessionNotes.objects.filter(session=recent).exists()
    old.participants.add(coach)
    old.save()
    client.force_login(coach)
    assert "tenant's story" not in client.get(old.url).content.decode()


def test_archiving_twice_archives_once(make_session):
    with_notes(make_session, days_ago=800, title="Old session")

    call_command("archive_sessions", months=24, stdout=StringIO())
    call_command("archive_sessions", months=24, stdout=StringIO())

    assert ArchivedSessionNotes.objects.count() == 1


def test_months_before_clamps_to_the_end_of_short_months():
    assert months_before(datetime(2026, 3, 31), 1) == datetime(2026, 2, 28)
    assert months_before(datetime(2026, 1, 15), 24) == datetime(2024, 1, 15)
