"""The access policy of sessions in the Wagtail admin: the site's policy, asked by the admin.

Wagtail asks two things of every page before it shows or changes it, and both
answer from ``intervision.access``:

- the session's permission tester (``IntervisionSessionPage.permissions_for_user``):
  only those who facilitate a session may act on it (edit, preview, revisions,
  copy, move, lock, publish, unpublish, delete, translate); everyone else gets
  a tester that refuses every action;
- the page permission policy, which the explorer, page search, the pages of a
  type, the admin API, the reports and the site history ask which pages a user
  may explore or act on: it leaves out the sessions the user may not read.

The page chooser, the dashboard panels and the page types report list pages
without asking the policy; they are filtered here too. Admin addresses that
name a session are guarded by ``intervision.admin_guard``.
"""

from wagtail.admin.views.home import LockedPagesPanel, RecentEditsPanel
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from .access import can_facilitate, hidden_sessions, without_hidden_sessions


def _refuse(*args, **kwargs):
    return False


class RefusingPermissionTester(PagePermissionTester):
    """A tester whose every ``can_*`` question is answered no, today's and any Wagtail adds."""

    def __getattribute__(self, name):
        if name.startswith("can_"):
            return _refuse
        return super().__getattribute__(name)


def session_permissions(session, user):
    """What ``user`` may do to ``session`` in the admin: Wagtail's roles, if they facilitate it."""
    if can_facilitate(user, session):
        return PagePermissionTester(user, session)
    return RefusingPermissionTester(user, session)


class SessionAwarePagePolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, without the sessions the user may not read."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return without_hidden_sessions(pages, user)

    def explorable_instances(self, user):
        return without_hidden_sessions(super().explorable_instances(user), user)


def _hidden_among(pages, user):
    """The primary keys of ``pages`` (page objects) that are sessions hidden from ``user``."""
    keys = [page.pk for page in pages]
    return set(hidden_sessions(user).filter(pk__in=keys).values_list("pk", flat=True))


class SessionAwareRecentEditsPanel(RecentEditsPanel):
    """The dashboard's recent edits, without a session the editor may no longer read."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        hidden = _hidden_among([page for _when, page in context["last_edits"]], user)
        context["last_edits"] = [
            (when, page) for when, page in context["last_edits"] if page.pk not in hidden
        ]
        return context


class SessionAwareLockedPagesPanel(LockedPagesPanel):
    """The dashboard's locked pages, without a session the user may no longer read."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["locked_pages"] = without_hidden_sessions(context["locked_pages"], user)
        return context


DASHBOARD_PANELS = {
    RecentEditsPanel: SessionAwareRecentEditsPanel,
    LockedPagesPanel: SessionAwareLockedPagesPanel,
}


def session_aware_panels(panels):
    """Replace, in place, Wagtail's dashboard panels that list pages by their session-aware kin."""
    for position, panel in enumerate(panels):
        kin = DASHBOARD_PANELS.get(type(panel))
        if kin is not None:
            panels[position] = kin()


class SessionAwarePageTypesUsageReportView(PageTypesUsageReportView):
    """The page types report, naming no session the user may not read as "last edited"."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        edited = [item.last_edited_page for item in page_types if item.last_edited_page]
        hidden = _hidden_among(edited, self.request.user)
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk in hidden:
                item.last_edited_page = None
        return page_types
