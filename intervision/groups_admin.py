"""Intervision groups in the admin: administrators manage all, a group's facilitators their own.

Joining a group opens all its sessions, so a facilitator finds only the groups
they facilitate: every view of another group (edit, delete, copy, history,
usage) answers 404, and nobody adds themselves to a group they do not facilitate.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import CopyView, DeleteView, EditView, IndexView
from wagtail.admin.views.generic.usage import UsageView
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


GROUP_POLICY = GroupPermissionPolicy(IntervisionGroup)
register_permission_policy(IntervisionGroup, GROUP_POLICY)


class GroupIndexView(IndexView):
    """Lists only the groups the user may manage."""

    def get_base_queryset(self):
        return GROUP_POLICY.instances_user_has_any_permission_for(self.request.user, ["change"])


class ManagedGroupOnly:
    """A view of one group, which exists only for those who may change it."""

    def get_object(self, *args, **kwargs):
        group = super().get_object(*args, **kwargs)
        if not GROUP_POLICY.user_has_permission_for_instance(self.request.user, "change", group):
            raise Http404
        return group


class GroupEditView(ManagedGroupOnly, EditView):
    pass


class GroupDeleteView(ManagedGroupOnly, DeleteView):
    pass


class GroupCopyView(ManagedGroupOnly, CopyView):
    pass


class GroupHistoryView(ManagedGroupOnly, HistoryView):
    pass


class GroupUsageView(ManagedGroupOnly, UsageView):
    pass


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
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView
    copy_view_class = GroupCopyView
    history_view_class = GroupHistoryView
    usage_view_class = GroupUsageView
