"""Retention of intervision notes: after N months the notes leave the session page.

What was said about a case is kept only as long as it helps. Past the
retention period the free-text notes of a session (case summary, insights,
notes per step and role, takeaways) move to an admin-only archive; the page
keeps its date, method, question, practices and action points. The notes are
cleared in a new revision, removed from the older revisions too, and the
operation is written to the audit log.
"""

import calendar
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from .models import ArchivedSessionNotes, IntervisionSessionPage

ARCHIVE_ACTION = "ancora.archive_session_notes"
NOTE_FIELDS = IntervisionSessionPage.note_fields
ROW_NOTE_FIELDS = IntervisionSessionPage.row_note_fields
NOTE_ROWS = IntervisionSessionPage.note_rows


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` earlier, clamped to the end of a shorter month."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def notes_of(session):
    """The notes a session holds, as plain data; empty when there is nothing to archive."""
    notes = {field: getattr(session, field) for field in NOTE_FIELDS if getattr(session, field)}
    for relation, fields in ROW_NOTE_FIELDS.items():
        rows = [
            {"row": str(row), **{field: getattr(row, field) for field in fields}}
            for row in getattr(session, relation).all()
            if any(getattr(row, field) for field in fields)
        ]
        if rows:
            notes[relation] = rows
    for relation in NOTE_ROWS:
        rows = [
            {"participant": str(row.participant or ""), "takeaway": row.takeaway}
            for row in getattr(session, relation).all()
        ]
        if rows:
            notes[relation] = rows
    return notes


def clear_notes(session):
    for field in NOTE_FIELDS:
        setattr(session, field, "")
    for relation, fields in ROW_NOTE_FIELDS.items():
        rows = list(getattr(session, relation).all())
        for row in rows:
            for field in fields:
                setattr(row, field, "")
        setattr(session, relation, rows)
    for relation in NOTE_ROWS:
        setattr(session, relation, [])


def scrub_revision_content(content):
    """The same revision content without any of the notes."""
    for field in NOTE_FIELDS:
        if field in content:
            content[field] = ""
    for relation, fields in ROW_NOTE_FIELDS.items():
        for row in content.get(relation) or []:
            for field in fields:
                if field in row:
                    row[field] = ""
    for relation in NOTE_ROWS:
        if relation in content:
            content[relation] = []
    return content


def sessions_due(cutoff):
    return IntervisionSessionPage.objects.filter(start__lt=cutoff).order_by("start")


@transaction.atomic
def archive_session(page):
    """Archive and clear the notes of one session; returns the archive, or None if empty."""
    session = page.get_latest_revision_as_object()
    notes = notes_of(session)
    if not notes:
        return None
    archive = ArchivedSessionNotes.objects.create(
        session=page, session_title=session.title, session_start=session.start, notes=notes
    )
    was_live_and_current = page.live and not page.has_unpublished_changes
    for revision in page.revisions.all():
        revision.content = scrub_revision_content(revision.content)
        revision.save(update_fields=["content"])
    clear_notes(session)
    revision = session.save_revision(log_action=False, clean=False)
    if was_live_and_current:
        revision.publish(log_action=False, skip_permission_checks=True)
    else:
        clear_notes(page)
        page.save(update_fields=[*NOTE_FIELDS, *ROW_NOTE_FIELDS, *NOTE_ROWS])
    log(instance=page, action=ARCHIVE_ACTION, data={"archive": archive.pk})
    return archive


def archive_old_sessions(months, now=None):
    """Archive every session that started more than ``months`` months ago."""
    cutoff = months_before(now or timezone.now(), months)
    return [archive for page in sessions_due(cutoff) if (archive := archive_session(page))]
