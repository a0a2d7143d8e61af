"""Admin integration: project memberships and the notices of peer review."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Membership, PeerReviewTask
from .review import conflict_message, shared_projects
from .review_feedback import ReviewsAwaitingPanel, show_requested_changes
from .workflow_names import translate_submit_items


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "group"
    menu_label = _("Project memberships")
    add_to_settings_menu = True
    form_fields = ["user", "project"]
    list_display = ["user", "project"]
    list_filter = ["project"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("project_memberships")


@hooks.register("before_edit_page")
def show_what_the_reviewer_asked(request, page):
    if request.method == "GET":
        show_requested_changes(request, page)


@hooks.register("before_edit_page")
def explain_review_conflict(request, page):
    """Tell a reviewer of the author's own project why they cannot approve."""
    if request.method != "GET":
        return None
    task = page.current_workflow_task
    if not isinstance(task, PeerReviewTask) or not task.get_actions(page, request.user):
        return None
    projects = list(shared_projects(page, request.user))
    if projects:
        messages.warning(request, conflict_message(projects))
    return None


@hooks.register("construct_page_action_menu")
def name_workflows_in_the_readers_language(menu_items, request, context):
    translate_submit_items(menu_items)


@hooks.register("construct_homepage_panels")
def compare_with_the_reviewed_version(request, panels):
    """Reviewers compare a resubmitted sheet with the version they sent back."""
    panels[:] = [
        ReviewsAwaitingPanel() if panel.name == ReviewsAwaitingPanel.name else panel
        for panel in panels
    ]
