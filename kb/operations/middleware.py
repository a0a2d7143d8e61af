"""Response headers Django has no setting for, and a clear page when the database fails."""

import logging
import sqlite3

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

from .sqlite_reads import READING_METHODS

logger = logging.getLogger("ancora")

RETRY_AFTER_SECONDS = 30
# How many times a request that only reads is tried when the database is busy.
READ_ATTEMPTS = 3


class AdminContentSecurityPolicyMiddleware:
    """The Wagtail admin gets its own policy, through django-csp's per-response override.

    Placed after django-csp's middleware, so its policy is chosen before django-csp
    writes the header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            response._csp_config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return response


class PermissionsPolicyMiddleware:
    """Deny browser features the site never uses (camera, location, ...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class PrivateForMembersMiddleware:
    """Whatever a signed-in member is shown is marked ``Cache-Control: private``.

    Pages differ by who reads them (the account menu, the sessions of one's
    groups, search results with members' documents, a calendar page with a
    secret feed address): no proxy or shared cache may give one member's page
    to another. Deciding it here, once, covers every view; anonymous pages stay
    shareable, so the page cache keeps serving them. Placed after the
    authentication middleware, which it reads.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # Also drops a "public" a view gave its answer for anonymous visitors.
            patch_cache_control(response, private=True)
        return response


def database_unavailable_response(request):
    """A 503 page that needs no database, true to what the request did.

    A read changed nothing, so it is not told that something was lost. A write
    was rolled back as a whole: it is told so, and its fields come back in a form
    that sends them again (files excepted), so nothing typed is lost.
    """
    if request is None or request.method in READING_METHODS:
        content = render_to_string("operations/database_busy_reading.html", request=None)
    else:
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if "password" not in name
            for value in values
        ]
        content = render_to_string(
            "operations/database_busy_writing.html",
            {"fields": fields, "action": request.get_full_path()},
            request=None,
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


# SQLite's primary result codes for a database that cannot do its work right now.
SQLITE_UNAVAILABLE = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PROTOCOL,
        sqlite3.SQLITE_NOMEM,
    }
)
# PostgreSQL's error classes for the same: transaction rollback (deadlock, serialization),
# connection, insufficient resources, a lock not available, operator intervention, system.
POSTGRES_UNAVAILABLE_CLASSES = frozenset({"40", "08", "53", "55", "57", "58"})


def is_database_unavailable(exception):
    """Locked, unreachable or dropped: the database could not do its work right now.

    SQLite also reports a statement it refuses (a syntax error in a full-text
    query, an expression too deep) as an ``OperationalError``: that is no outage,
    trying again gives the same answer, so it is not called busy.
    """
    if isinstance(exception, InterfaceError) or type(exception) is DatabaseError:
        return True
    if not isinstance(exception, OperationalError):
        return False
    cause = exception.__cause__
    if isinstance(cause, sqlite3.Error) and hasattr(cause, "sqlite_errorcode"):
        return cause.sqlite_errorcode & 0xFF in SQLITE_UNAVAILABLE
    sqlstate = getattr(cause, "sqlstate", None)
    return sqlstate is None or sqlstate[:2] in POSTGRES_UNAVAILABLE_CLASSES


class DatabaseUnavailableMiddleware:
    """Turns a database outage during a view into a friendly 503, after retrying reads.

    With ``ATOMIC_REQUESTS`` the view's transaction is already rolled back when
    this runs, so a failed save leaves no half-written page behind. A read is
    tried again before giving up: under SQLite a page view that writes a little
    (a session, an editing session) is refused at once, without waiting, when a
    save committed since its transaction began; moments later it goes through.
    A write is not repeated behind the writer's back: the page gives the form back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        attempts = 1
        while (
            getattr(response, "database_unavailable", False)
            and request.method in READING_METHODS
            and attempts < READ_ATTEMPTS
        ):
            attempts += 1
            response = self.get_response(request)
        return response

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.error("Database unavailable on %s %s: %s", request.method, request.path, exception)
        response = database_unavailable_response(request)
        response.database_unavailable = True
        return response
