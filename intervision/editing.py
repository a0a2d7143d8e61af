"""Changing a session from outside the page editor without losing anyone's work.

A session's live content and its latest revision can differ (a draft may be
pending). A change made from the prepare page or the dashboard is written to
both: into a new revision built on the latest one, so the next edit in the
admin carries it, and into the live rows, so lists and follow-ups see it now.
"""


def record_change(session, user, change_draft, change_live):
    """Apply a change to the latest revision and to the live session.

    ``change_draft(draft)`` edits the in-memory latest revision;
    ``change_live()`` writes the same change to the database rows. When nothing
    else is pending the new revision is simply published. The caller has
    already checked that ``user`` may make this one change (a facilitator need
    not hold the page's publish permission for it).
    """
    page = type(session).objects.get(pk=session.pk)
    pending = page.has_unpublished_changes or not page.live
    draft = page.get_latest_revision_as_object()
    change_draft(draft)
    revision = draft.save_revision(user=user, log_action=True, clean=False)
    if pending:
        change_live()
    else:
        revision.publish(user=user, skip_permission_checks=True)
