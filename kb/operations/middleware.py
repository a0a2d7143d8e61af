"""Response headers Django has no setting for, and clear pages for failures and bad input."""

import logging
import re
import sqlite3

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, DataError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.views.defaults import bad_request

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


def is_unreadable_count(name, value):
    """A block count (``body-count``) that Wagtail, reading it with ``int``, cannot read."""
    if not name.endswith("-count"):
        return False
    try:
        int(value)
    except ValueError:
        return True
    return False


def is_malformed_form(request, exception):
    """A POST lacking a field its form counts on (``body-count``, a formset's totals),
    or holding one read before any form checks it (the id of an inline row: ``abc``).

    A ``ValidationError`` is meant to become a message on the form; one that
    reaches the middleware escaped every form, so the POST was not a form's.
    """
    if request.method != "POST":
        return False
    if isinstance(exception, ValidationError):
        return True
    return (
        isinstance(exception, KeyError)
        and bool(exception.args)
        and str(exception.args[0]) not in request.POST
    )


def malformed_form_response(request):
    content = render_to_string("operations/malformed_form.html", request=request)
    return HttpResponseBadRequest(content)


class MalformedFormMiddleware:
    """A hand-made or truncated POST gets a 400 that says so, never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if request.method != "POST":
            return None
        damaged = [
            name
            for name, values in request.POST.lists()
            if any(is_unreadable_count(name, value) for value in values)
        ]
        if not damaged:
            return None
        logger.warning("Malformed form posted to %s: unreadable %s", request.path, damaged)
        return malformed_form_response(request)

    def process_exception(self, request, exception):
        if not is_malformed_form(request, exception):
            return None
        logger.warning("Malformed form posted to %s: %r", request.path, exception)
        return malformed_form_response(request)


def has_nul(request):
    """A NUL character in the path: no page has one, and PostgreSQL refuses it in text.

    In the query string it is left to the view: search drops control characters
    from what it is asked, and a value that reaches the database with one is
    answered by ``is_unreadable_value``.
    """
    return "\x00" in request.path_info


# How Django's number fields refuse a lookup by a value that is no number ("abc" as an id).
NOT_A_NUMBER = re.compile(r"Field '\w+' expected a number but got ")


def is_unreadable_value(exception):
    """A value no query can take as it is: an id that is no number, a number beyond 64 bits.

    Django's number fields refuse a lookup by ``abc`` with a ``ValueError`` (a chooser
    of the admin shows a posted form again with it); SQLite raises ``OverflowError``
    for an integer it cannot store, PostgreSQL a ``DataError`` (a number out of
    range, a NUL in text). They come from what was sent, not from a fault of the site.
    """
    if isinstance(exception, ValueError | TypeError) and NOT_A_NUMBER.match(str(exception)):
        return True
    return isinstance(exception, OverflowError | DataError)


def is_address(value):
    """A ``next`` one can be sent back to: a path or a full URL, as Ancora and Wagtail write it."""
    return value.startswith("/") or "://" in value


def has_unreadable_next(request):
    """A ``next`` that is no address: Django's ``redirect`` reads ``pages`` as a view's name."""
    values = request.GET.getlist("next")
    if request.method == "POST":
        values += request.POST.getlist("next")
    return any(value and not is_address(value) for value in values)


class BadInputMiddleware:
    """An address or value no page can make sense of gets a 400 that says so, never a 500.

    Placed before the middleware that query the database (the page cache, redirects),
    so a NUL in the address reaches none of them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul(request):
            logger.warning("NUL character in the address %r", request.get_full_path())
            return bad_request(request, exception=None)
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if not has_unreadable_next(request):
            return None
        logger.warning("Unreadable next address sent to %s", request.path)
        return bad_request(request, exception=None)

    def process_exception(self, request, exception):
        if not is_unreadable_value(exception):
            return None
        logger.warning("Unreadable value sent to %s: %s", request.path, exception)
        return bad_request(request, exception)
