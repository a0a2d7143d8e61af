"""The audit trail of who read which intervision session."""

from wagtail.log_actions import log

VIEW_SESSION = "ancora.view_session"
AUDITED_PAGE_TYPES = {"intervision.intervisionsessionpage"}


def is_audited(page):
    return page.specific_class is not None and (
        page.specific_class._meta.label_lower in AUDITED_PAGE_TYPES
    )


def log_session_view(page, request, response):
    """Write a member's successful view of a session page to Wagtail's audit log."""
    user = getattr(request, "user", None)
    if (
        user is not None
        and user.is_authenticated
        and response.status_code == 200
        and is_audited(page)
    ):
        log(instance=page, action=VIEW_SESSION, user=user)
