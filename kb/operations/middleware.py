"""Response headers Django has no setting for, and a clear page when the database fails."""

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

logger = logging.getLogger("ancora")

RETRY_AFTER_SECONDS = 30


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
    """A 503 page that needs no database: nothing was saved, the visitor can try again."""
    content = render_to_string("operations/database_unavailable.html", request=None)
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def is_database_unavailable(exception):
    """Locked, unreachable or dropped: the database could not do its work right now."""
    return isinstance(exception, OperationalError | InterfaceError) or (
        type(exception) is DatabaseError
    )


class DatabaseUnavailableMiddleware:
    """Turns a database outage during a view into a friendly 503.

    With ``ATOMIC_REQUESTS`` the view's transaction is already rolled back when
    this runs, so a failed save leaves no half-written page behind.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.error("Database unavailable on %s %s: %s", request.method, request.path, exception)
        return database_unavailable_response(request)


def is_malformed_form(request, exception):
    """A POST lacking a field its form counts on (``body-count``, a formset's totals)."""
    return (
        request.method == "POST"
        and isinstance(exception, KeyError)
        and bool(exception.args)
        and str(exception.args[0]) not in request.POST
    )


class MalformedFormMiddleware:
    """A hand-made or truncated POST gets a 400 that says so, never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_malformed_form(request, exception):
            return None
        logger.warning("Malformed form posted to %s: missing %s", request.path, exception)
        content = render_to_string("operations/malformed_form.html", request=request)
        return HttpResponseBadRequest(content)
