"""Admin addresses taken over from Wagtail: mounted before Wagtail's admin, they answer first.

Wagtail's page types report names the last edited page of each type without
asking any hook or policy; its two addresses answer with the report that names
no session the user may not read (``intervision.admin_access``).
"""

from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access

from .admin_access import SessionAwarePageTypesUsageReportView


def _admin_view(view):
    return never_cache(require_admin_access(view))


urlpatterns = [
    path(
        "reports/page-types-usage/",
        _admin_view(SessionAwarePageTypesUsageReportView.as_view()),
    ),
    path(
        "reports/page-types-usage/results/",
        _admin_view(SessionAwarePageTypesUsageReportView.as_view(results_only=True)),
    ),
]
