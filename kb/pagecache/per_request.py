"""Values of the shared cache read at most once per request.

A page asks for the content generation and the search vocabulary's version a
dozen times each, and with Redis every ask is a round trip. A request is served
under the versions it began with, so within one request the first answer
stands; a change made by the request itself (a publish) forgets it. Outside a
request (a task, a command) nothing is remembered.
"""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started

_remembered = ContextVar("ancora_per_request", default=None)


def remembered(key, read):
    """``read()``, called once per request for ``key``."""
    values = _remembered.get()
    if values is None:
        return read()
    if key not in values:
        values[key] = read()
    return values[key]


def forget(key):
    values = _remembered.get()
    if values is not None:
        values.pop(key, None)


def _begin(**kwargs):
    _remembered.set({})


def _end(**kwargs):
    _remembered.set(None)


def connect():
    request_started.connect(_begin, dispatch_uid="ancora-per-request-begin")
    request_finished.connect(_end, dispatch_uid="ancora-per-request-end")
