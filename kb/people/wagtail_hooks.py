"""Admin integration: memberships and archives, the audit of session views, review notices."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .audit import VIEW_SESSION, log_session_view
from .models import ArchivedSessionNotes, Membership, PeerReviewTask
from .review import conflict_message, shared_projects
from .review_feedback import show_requested_changes
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


class ArchivedSessionNotesViewSet(ModelViewSet):
    model = ArchivedSessionNotes
    icon = "folder-inverse"
    menu_label = _("Archived session notes")
    add_to_settings_menu = True
    form_fields = ["session_title"]
    list_display = ["session_title", "session_start", "archived_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["session_title", "session_start", "archived_at", "notes"]


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return [
        MembershipViewSet("project_memberships"),
        ArchivedSessionNotesViewSet("archived_session_notes"),
    ]


@hooks.register("register_log_actions")
def register_people_log_actions(actions):
    actions.register_action(VIEW_SESSION, _("View session"), _("Viewed the session"))
    actions.register_action(
        "ancora.archive_session_notes",
        _("Archive session notes"),
        _("Archived the session notes under the retention rule"),
    )


@hooks.register("on_serve_page", order=100)
def audit_session_views(serve):
    """Runs inside Wagtail's view restriction check, so only granted views are logged."""

    def serve_and_log(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        log_session_view(page, request, response)
        return response

    return serve_and_log


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
