"""Requests that only read take SQLite's write lock only if they write.

Writing transactions begin ``IMMEDIATE`` (see ``database_from_url``): two
writers then wait for each other instead of failing. But every request runs in
a transaction (``ATOMIC_REQUESTS``), so with that mode every page view of every
worker would also wait for the one before it. A GET writes nothing in its own
transaction (the audit entry and the search log are written once it has
committed), so it begins a plain deferred transaction and readers run side by
side, as WAL allows.
"""

from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections

READING_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@contextmanager
def deferred_transactions(connection):
    """Transactions begun on ``connection`` meanwhile take no lock until they write."""
    if connection.vendor != "sqlite":
        yield
        return
    # Connecting reads the configured mode again, so connect before changing it.
    connection.ensure_connection()
    configured = connection.transaction_mode
    connection.transaction_mode = None
    try:
        yield
    finally:
        connection.transaction_mode = configured


class ReadsWithoutTheWriteLockMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in READING_METHODS:
            return self.get_response(request)
        with deferred_transactions(connections[DEFAULT_DB_ALIAS]):
            return self.get_response(request)
