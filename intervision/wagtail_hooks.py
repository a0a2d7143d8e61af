"""Admin integration: groups, methods, archived notes, dashboard, session buttons, audit.

The access policy of sessions reaches the admin through the page permission
policy registered here, the sessions' own permission tester, the hooks below and
the guard of admin addresses (see ``admin_access`` and ``admin_guard``).
"""

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .access import may_see, without_hidden_sessions
from .admin_access import SessionAwarePagePolicy, session_aware_panels
from .audit import VIEW_SESSION, log_session_view
from .confidentiality import is_members_only, login_redirect
from .dashboard import ActionPointsPanel
from .groups_admin import IntervisionGroupViewSet
from .models import ArchivedSessionNotes, IntervisionSessionPage, Method
from .retention import ARCHIVE_ACTION

register_permission_policy(Page, SessionAwarePagePolicy())


class ArchivedSessionNotesViewSet(ModelViewSet):
    model = ArchivedSessionNotes
    icon = "folder-inverse"
    menu_label = _("Archived session notes")
    add_to_settings_menu = True
    form_fields = ["session_title"]
    list_display = ["session_title", "session_start", "archived_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["session_title", "session_start", "archived_at", "notes"]


class MethodViewSet(SnippetViewSet):
    """The method catalogue, which facilitators adapt and add to."""

    model = Method
    icon = "list-ol"
    menu_label = _("Intervision methods")
    list_display = ["__str__", "slug"]
    search_fields = ["name_nl", "name_fr", "name_en", "slug"]
    sort_order_field = "sort_order"


register_snippet(MethodViewSet)


@hooks.register("register_admin_viewset")
def register_intervision_viewsets():
    return [
        IntervisionGroupViewSet("intervision_groups"),
        ArchivedSessionNotesViewSet("archived_session_notes"),
    ]


@hooks.register("register_log_actions")
def register_intervision_log_actions(actions):
    actions.register_action(VIEW_SESSION, _("View session"), _("Viewed the session"))
    actions.register_action(
        ARCHIVE_ACTION,
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


@hooks.register("before_serve_page")
def members_only_pages(page, request, serve_args, serve_kwargs):
    """Anonymous visitors go to the login page; a session outside one's audience is a 404."""
    if is_members_only(page) and not request.user.is_authenticated:
        return login_redirect(request)
    if isinstance(page, IntervisionSessionPage) and not may_see(request.user, page):
        raise Http404
    return None


@hooks.register("construct_page_chooser_queryset")
def sessions_chosen_by_their_audience(pages, request):
    """The page chooser, browsing or searching, offers no session outside the user's audience."""
    return without_hidden_sessions(pages, request.user)


@hooks.register("construct_homepage_panels")
def page_panels_without_hidden_sessions(request, panels):
    session_aware_panels(panels)


@hooks.register("construct_homepage_panels")
def action_points_panel(request, panels):
    panels.append(ActionPointsPanel(request.user))


@hooks.register("register_page_header_buttons")
def session_buttons(page, user, view_name, next_url=None):
    if page.specific_class is not IntervisionSessionPage:
        return
    yield Button(
        _("Prepare"),
        reverse("intervision:prepare", args=[page.pk]),
        icon_name="list-ul",
        priority=80,
    )
    yield Button(
        _("Print agenda"),
        reverse("intervision:agenda", args=[page.pk]),
        icon_name="doc-full",
        priority=81,
    )
