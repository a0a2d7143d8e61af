"""Admin integration: groups menu, dashboard panel, session buttons and the login gate."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from .confidentiality import is_members_only, login_redirect
from .dashboard import ActionPointsPanel
from .models import IntervisionGroup, IntervisionSessionPage


class IntervisionGroupViewSet(ModelViewSet):
    model = IntervisionGroup
    icon = "group"
    menu_label = _("Intervision groups")
    menu_order = 320
    add_to_admin_menu = True
    form_fields = ["name", "slug", "description", "members"]
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@hooks.register("register_admin_viewset")
def register_groups():
    return IntervisionGroupViewSet("intervision_groups")


@hooks.register("before_serve_page")
def members_only_pages(page, request, serve_args, serve_kwargs):
    """Send anonymous visitors of intervision pages to the site's own login page."""
    if is_members_only(page) and not request.user.is_authenticated:
        return login_redirect(request)
    return None


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
