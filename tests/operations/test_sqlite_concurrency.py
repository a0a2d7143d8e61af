"""The SQLite file of a small deployment holds several workers writing at once."""

import threading
from contextlib import suppress

from django.db import DatabaseError, connections, transaction
from django.db.utils import ConnectionHandler

import pytest

from kb.operations.sqlite_reads import ReadsWithoutTheWriteLockMiddleware, deferred_transactions
from kb.settings.base import SQLITE_BUSY_TIMEOUT_SECONDS, database_from_url

FIRST, SECOND = "worker-1", "worker-2"


@pytest.fixture
def site_file(tmp_path, django_db_blocker):
    """Two workers' connections to one SQLite file, configured as the site configures it."""
    url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    configured = ConnectionHandler({"default": database_from_url(url)}).settings["default"]
    for alias in (FIRST, SECOND):
        connections.settings[alias] = dict(configured)
    with django_db_blocker.unblock():
        yield
        connections[FIRST].close()
    for alias in (FIRST, SECOND):
        with suppress(AttributeError):  # made in this thread: it would keep the old file
            del connections[alias]
        del connections.settings[alias]


def read_then_write(errors):
    """What a request does: read, then log the visit, in one transaction."""
    try:
        with transaction.atomic(using=SECOND), connections[SECOND].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM visit")
            cursor.execute("INSERT INTO visit DEFAULT VALUES")
    except DatabaseError as error:  # the assertion names it
        errors.append(error)
    finally:
        connections[SECOND].close()


@pytest.mark.usefixtures("site_file")
def test_a_request_that_reads_then_writes_waits_for_another_writer():
    with connections[FIRST].cursor() as cursor:
        cursor.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY)")
    errors = []
    other = threading.Thread(target=read_then_write, args=(errors,))

    with transaction.atomic(using=FIRST), connections[FIRST].cursor() as cursor:
        cursor.execute("INSERT INTO visit DEFAULT VALUES")
        other.start()
        other.join(0.5)  # the other request is now waiting for the write lock
    other.join(SQLITE_BUSY_TIMEOUT_SECONDS)

    assert errors == []
    with connections[FIRST].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM visit")
        assert cursor.fetchone()[0] == 2
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"


@pytest.mark.usefixtures("site_file")
def test_a_page_view_reads_while_another_request_holds_the_write_lock():
    """With the write lock taken at BEGIN, every reader would queue behind each writer."""
    with connections[FIRST].cursor() as cursor:
        cursor.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY)")
    connections[SECOND].ensure_connection()
    connections[SECOND].connection.execute("PRAGMA busy_timeout = 100")
    with transaction.atomic(using=FIRST), connections[FIRST].cursor() as cursor:
        cursor.execute("INSERT INTO visit DEFAULT VALUES")
        with (
            deferred_transactions(connections[SECOND]),
            transaction.atomic(using=SECOND),
            connections[SECOND].cursor() as reader,
        ):
            reader.execute("SELECT count(*) FROM visit")
            assert reader.fetchone()[0] == 0  # the writer's row is not committed yet
    connections[SECOND].close()


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "mode"), [("GET", None), ("POST", "IMMEDIATE")])
def test_only_requests_that_may_write_begin_by_taking_the_write_lock(rf, method, mode):
    if connections["default"].vendor != "sqlite":
        pytest.skip("the transaction mode is SQLite's")
    connections["default"].ensure_connection()
    seen = []
    middleware = ReadsWithoutTheWriteLockMiddleware(
        lambda request: seen.append(connections["default"].transaction_mode)
    )
    middleware(rf.generic(method, "/"))
    assert seen == [mode]
    assert connections["default"].transaction_mode == "IMMEDIATE"
