"""A second, real database connection that holds a table locked while a request runs."""

import sqlite3
from contextlib import ExitStack, contextmanager

from django.db import OperationalError, connection

LOCK_TIMEOUT = "300ms"


@contextmanager
def table_locked(table):
    """Hold ``table`` locked by another connection, as a long write or a migration would.

    The request's connection gives up quickly (PostgreSQL ``lock_timeout``; SQLite's
    shared cache refuses at once), which is what a locked or unreachable database
    looks like to Django: an ``OperationalError`` in the middle of the request.
    """
    with quick_to_give_up(), locked_by_another_connection(table):
        yield


@contextmanager
def quick_to_give_up():
    """This connection waits for a lock only briefly (PostgreSQL; SQLite never waits here)."""
    if connection.vendor == "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")


@contextmanager
def locked_by_another_connection(table):
    if connection.vendor == "sqlite":
        other = sqlite3.connect(connection.settings_dict["NAME"], uri=True)
        other.isolation_level = None
        other.execute("BEGIN IMMEDIATE")
        other.execute(f"UPDATE {table} SET id = id")  # noqa: S608
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
        return
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        with other.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        yield
    finally:
        other.rollback()
        other.close()


@contextmanager
def table_held(table):
    """Keep ``table`` from being written while every other table stays usable.

    SQLite's shared cache locks per table: an open read of ``table`` by another
    connection refuses writers to that table only. PostgreSQL's table lock is
    already per table.
    """
    if connection.vendor != "sqlite":
        with table_locked(table):
            yield
        return
    other = sqlite3.connect(connection.settings_dict["NAME"], uri=True)
    other.isolation_level = None
    other.execute("BEGIN")
    other.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextmanager
def table_locked_once(table):
    """``table`` locked until a query of this connection meets the lock, then free.

    A save of another worker committed while this request read: its first try
    fails, a second one goes through. Only the other connection lets go when the
    lock is met: this one's transaction is aborted until the request rolls it back.
    """
    with quick_to_give_up(), ExitStack() as held:
        held.enter_context(locked_by_another_connection(table))

        def release_on_lock(execute, sql, params, many, context):
            try:
                return execute(sql, params, many, context)
            except OperationalError:
                held.close()
                raise

        with connection.execute_wrapper(release_on_lock):
            yield
