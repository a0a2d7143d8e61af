"""The "my action points" panel on a member's Wagtail admin dashboard."""

from django.middleware.csrf import get_token

from wagtail.admin.ui.components import Component

from .access import visible_sessions
from .models import ActionPoint, ActionStatus

PANEL_LIMIT = 20


class ActionPointsPanel(Component):
    name = "intervision_action_points"
    template_name = "intervision/admin/action_points_panel.html"
    order = 150

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        context["request"] = request
        context["csrf_token"] = get_token(request)
        context["action_points"] = list(
            ActionPoint.objects.filter(owner=self.user, status=ActionStatus.OPEN)
            .filter(session__in=visible_sessions(self.user).values("pk"))
            .select_related("session")
            .order_by("due", "session__start")[:PANEL_LIMIT]
        )
        return context
