"""Every way of reading a session (page, prepare, agenda, minutes, .ics) leaves a trace."""

from kb.people.audit import log_view_later


def record_view(request, session):
    """Audit ``request.user``'s read of ``session``; written after the request's transaction."""
    log_view_later(session, request.user)
