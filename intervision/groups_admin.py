"""Intervision groups in the admin: administrators manage all, a group's facilitators their own."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .access import is_administrator
from .models import IntervisionGroup

FACILITATOR_ACTIONS = {"change", "view"}


class GroupPermissionPolicy(BasePermissionPolicy):
    """Administrators may do everything; a group's facilitators view and change that group."""

    def user_has_permission(self, user, action):
        if is_administrator(user):
            return True
        return action in FACILITATOR_ACTIONS and self._facilitated(user).exists()

    def users_with_any_permission(self, actions):
        raise NotImplementedError("Groups are checked per user, never listed by permission.")

    def user_has_permission_for_instance(self, user, action, instance):
        if is_administrator(user):
            return True
        facilitated = self._facilitated(user).filter(pk=instance.pk)
        return action in FACILITATOR_ACTIONS and facilitated.exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if is_administrator(user):
            return IntervisionGroup.objects.all()
        if FACILITATOR_ACTIONS.intersection(actions):
            return self._facilitated(user)
        return IntervisionGroup.objects.none()

    def _facilitated(self, user):
        if not user.is_authenticated:
            return IntervisionGroup.objects.none()
        return IntervisionGroup.objects.filter(facilitators=user)


register_permission_policy(IntervisionGroup, GroupPermissionPolicy(IntervisionGroup))


class GroupIndexView(IndexView):
    """Lists only the groups the user may manage."""

    def get_base_queryset(self):
        policy = GroupPermissionPolicy(IntervisionGroup)
        return policy.instances_user_has_any_permission_for(self.request.user, ["change"])


class IntervisionGroupViewSet(ModelViewSet):
    model = IntervisionGroup
    icon = "group"
    menu_label = _("Intervision groups")
    menu_order = 320
    add_to_admin_menu = True
    form_fields = ["name", "slug", "description", "facilitators", "members"]
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    index_view_class = GroupIndexView
