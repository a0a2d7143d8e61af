"""Bad input: a damaged form or an unreadable address gets a 400 that says so, never a 500."""

import logging
import re

from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.views.defaults import bad_request

logger = logging.getLogger("ancora")


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
