"""The audit trail of who read which intervision session.

Every way of reading a session (page, prepare, agenda, minutes, .ics) leaves a
trace. A read must never fail because of its trace: the entry is written once
the request's own transaction is over, in a transaction of its own, and a busy
or locked database only costs the entry (with a warning in the log), never the page.
"""

import logging
from functools import partial

from django.db import DatabaseError, transaction

from wagtail.log_actions import log

from .models import IntervisionSessionPage

logger = logging.getLogger("ancora")

VIEW_SESSION = "ancora.view_session"


def _write_view(page, user):
    try:
        with transaction.atomic():
            log(instance=page, action=VIEW_SESSION, user=user)
    except DatabaseError as error:
        logger.warning("View of page %s by user %s not audited: %s", page.pk, user.pk, error)


def log_view_later(page, user):
    """Record ``user``'s view of ``page`` after the current transaction, never failing it."""
    transaction.on_commit(partial(_write_view, page, user), robust=True)


def record_view(request, session):
    """Audit ``request.user``'s read of ``session``; written after the request's transaction."""
    log_view_later(session, request.user)


def log_session_view(page, request, response):
    """Record a member's successful view of a session page."""
    user = getattr(request, "user", None)
    if (
        user is not None
        and user.is_authenticated
        and response.status_code == 200
        and page.specific_class is not None
        and issubclass(page.specific_class, IntervisionSessionPage)
    ):
        log_view_later(page, user)
