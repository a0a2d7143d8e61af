"""Admin integration: groups menu, dashboard panel, session buttons and the login gate."""

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from .access import may_see, visible_sessions
from .confidentiality import is_members_only, login_redirect
from .dashboard import ActionPointsPanel
from .groups_admin import IntervisionGroupViewSet
from .models import IntervisionSessionPage


@hooks.register("register_admin_viewset")
def register_groups():
    return IntervisionGroupViewSet("intervision_groups")


@hooks.register("before_serve_page")
def members_only_pages(page, request, serve_args, serve_kwargs):
    """Anonymous visitors go to the login page; a session outside one's audience is a 404."""
    if is_members_only(page) and not request.user.is_authenticated:
        return login_redirect(request)
    if isinstance(page, IntervisionSessionPage) and not may_see(request.user, page):
        raise Http404
    return None


@hooks.register("before_edit_page")
def sessions_edited_by_their_audience(request, page):
    """The editor shows a session's notes: only to those who may read the session."""
    if page.specific_class is IntervisionSessionPage and not may_see(request.user, page.specific):
        raise Http404


@hooks.register("construct_explorer_page_queryset")
def sessions_listed_to_their_audience(parent_page, pages, request):
    """The page explorer lists no title of a session outside the user's audience."""
    hidden = IntervisionSessionPage.objects.exclude(
        pk__in=visible_sessions(request.user).values("pk")
    )
    return pages.exclude(pk__in=hidden.values("pk"))


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
