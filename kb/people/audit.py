"""The audit trail of who read which intervision session."""

import logging

from django.db import DatabaseError, transaction

from wagtail.log_actions import log

logger = logging.getLogger("ancora")

VIEW_SESSION = "ancora.view_session"
AUDITED_PAGE_TYPES = {"intervision.intervisionsessionpage"}


def is_audited(page):
    return page.specific_class is not None and (
        page.specific_class._meta.label_lower in AUDITED_PAGE_TYPES
    )


def log_session_view(page, request, response):
    """Write a member's successful view of a session page to Wagtail's audit log.

    The write has its own savepoint: when the log table is locked or the write
    fails, the member still reads the page and the failure is logged instead.
    """
    user = getattr(request, "user", None)
    if not (
        user is not None
        and user.is_authenticated
        and response.status_code == 200
        and is_audited(page)
    ):
        return
    try:
        with transaction.atomic():
            log(instance=page, action=VIEW_SESSION, user=user)
    except DatabaseError as error:
        logger.error("Could not record the view of session %s by %s: %s", page.pk, user.pk, error)
