"""Peer review: a colleague of the author's own project may comment, but not approve.

A sheet is reviewed by someone who does not share its context, so what is
written down makes sense to a team in another city. The author's projects are
those of the person who submitted the sheet, of its listed authors, and the
sheet's own project.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

APPROVE = "approve"


def to_be_published(page):
    """The sheet as approving it would publish it: its latest revision.

    Approval publishes the latest revision (``publish_approved``), which an
    edit made after the submission, or in the same request as the approval,
    may have moved to another project or given other authors: the rule judges
    that revision, not the one first submitted.
    """
    revision = page.get_latest_revision()
    return revision.as_object() if revision else page


def author_project_ids(page):
    """Projects of whoever wrote or submitted ``page``, and the project it describes."""
    from .models import Membership

    page = page.specific
    workflow_state = page.current_workflow_state
    page = to_be_published(page)
    user_ids = {page.owner_id}
    if workflow_state and workflow_state.requested_by_id:
        user_ids.add(workflow_state.requested_by_id)
    authors = getattr(page, "authors", None)
    if authors is not None:
        user_ids.update(author.pk for author in authors.all())
    user_ids.discard(None)
    project_ids = set(
        Membership.objects.filter(user_id__in=user_ids).values_list("project_id", flat=True)
    )
    if getattr(page, "project_id", None):
        project_ids.add(page.project_id)
    return project_ids


def shared_projects(page, user):
    """The projects ``user`` shares with the author of ``page`` (empty when none)."""
    from kb.taxonomy.models import Project

    return Project.objects.filter(
        pk__in=author_project_ids(page), memberships__user_id=user.pk
    ).distinct()


def conflict_message(projects):
    names = ", ".join(str(project) for project in projects)
    return _(
        "You work on the same project as the author of this sheet (%(projects)s). "
        "A reviewer from another project has to approve it; you can still comment "
        "or request changes."
    ) % {"projects": names}


class PeerReviewRules:
    """Mixed into the peer review task model: hides and refuses approval on a conflict."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and shared_projects(obj, user).exists():
            return [action for action in actions if action[0] != APPROVE]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == APPROVE:
            projects = list(shared_projects(task_state.workflow_state.content_object, user))
            if projects:
                raise PermissionDenied(conflict_message(projects))
        return super().on_action(task_state, user, action_name, **kwargs)


def publish_approved(workflow_state, user=None):
    """Publish what the last task approved.

    The approval itself is the permission: reviewers hold no publish permission,
    so they can never publish a sheet of their own project outside the review.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
