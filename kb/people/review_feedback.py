"""What the reviewer asked for, shown where the writer works.

Wagtail keeps a reviewer's comment in the history only. The writer sees it on
the edit screen while the changes are pending; once the sheet is resubmitted,
the reviewer sees it again with a link comparing the reviewed version with the
current one (the version just before may be an autosave of the same text), and
the dashboard's "compare with previous version" starts at the reviewed version too.
"""

from django.contrib import messages
from django.urls import reverse
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState, WorkflowState


def last_changes_requested(page):
    """The latest task of the current review where a reviewer asked for changes."""
    state = page.current_workflow_state
    if state is None:
        return None
    return (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .select_related("finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )


def reviewer_name(task_state):
    user = task_state.finished_by
    return (user.get_full_name() or user.get_username()) if user else _("A reviewer")


def requested_changes_message(page, task_state):
    """The reviewer's request in one sentence, with a comparison link once resubmitted."""
    when = formats.date_format(task_state.finished_at, "DATE_FORMAT")
    comment = task_state.get_comment() or _("no comment was left")
    if page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return format_html(
            _("{reviewer} asked for changes on {date}: “{comment}”. Make them, then resubmit."),
            reviewer=reviewer_name(task_state),
            date=when,
            comment=comment,
        )
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=(page.pk, task_state.revision_id, page.latest_revision_id),
    )
    return format_html(
        _(
            "Resubmitted after {reviewer} asked for changes on {date}: “{comment}”. "
            '<a href="{compare}">Compare with the reviewed version</a>.'
        ),
        reviewer=reviewer_name(task_state),
        date=when,
        comment=comment,
        compare=compare,
    )


def show_requested_changes(request, page):
    """Put the reviewer's last request at the top of the edit screen."""
    task_state = last_changes_requested(page)
    if task_state is not None:
        messages.warning(request, requested_changes_message(page, task_state))


def reviewed_revision_id(task_state):
    """The version the reviewers last decided on in this review, if they sent it back.

    Wagtail compares a submitted version with the one saved just before it,
    usually the draft or autosave of the very same text: "no differences".
    """
    return (
        TaskState.objects.filter(
            workflow_state_id=task_state.workflow_state_id,
            status=TaskState.STATUS_REJECTED,
            revision__isnull=False,
        )
        .exclude(revision_id=task_state.revision_id)
        .order_by("-finished_at", "-pk")
        .values_list("revision_id", flat=True)
        .first()
    )


class ReviewsAwaitingPanel(WorkflowObjectsToModeratePanel):
    """The reviewer's dashboard list, whose "compare" link starts at the reviewed version."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            reviewed = reviewed_revision_id(state["task_state"])
            if reviewed is not None:
                state["previous_revision_id"] = reviewed
        return context
