"""Temporary tables of the connection, where one search keeps what several statements read.

SQLite builds the id list of an ``IN (subquery)`` anew for every statement
that uses it, so a search that ranks, counts the facets and reads the types
and languages of the same filtered documents would build the same lists
again and again. Written once to a temporary table (private to the
connection, emptied before each use), the scope costs one pass and every
later statement reads it by primary key. PostgreSQL keeps its temporary
tables in the session's own schema, without the ``temp.`` prefix.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from ..models import SearchDocument

SCOPE_TABLE = "ancora_search_scope"


def fresh_table(cursor, name, columns):
    """The temporary table ``name``, created if missing and emptied; its name for statements."""
    cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns})")
    qualified = f"temp.{name}" if connection.vendor == "sqlite" else name
    cursor.execute(f"DELETE FROM {qualified}")  # noqa: S608 - constant names
    return qualified


class HeldScope:
    """The documents that passed every filter, with their relevance when words were matched."""

    def __init__(self, documents, match=None):
        sql, params = documents.values("pk").query.sql_with_params()
        if match is None:
            select = f"SELECT held.pk, 0.0 FROM ({sql}) AS held"  # noqa: S608 - ORM SQL
        else:
            select = (
                f"SELECT held.pk, matched.score FROM ({sql}) AS held "  # noqa: S608 - ORM SQL
                f"JOIN {match.match_table} AS matched ON matched.id = held.pk"
            )
        with connection.cursor() as cursor:
            self.table = fresh_table(
                cursor, SCOPE_TABLE, "id INTEGER PRIMARY KEY, score REAL NOT NULL"
            )
            cursor.execute(f"INSERT INTO {self.table} (id, score) {select}", params)

    def documents(self):
        """The held documents, as a queryset that reads the table, not the filters."""
        held = RawSQL(f"SELECT id FROM {self.table}", [])  # noqa: S611, S608 - constant
        return SearchDocument.objects.filter(pk__in=held)

    def scores(self):
        """Relevance per document id, higher is better."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, score FROM {self.table}")  # noqa: S608 - constant
            return dict(cursor.fetchall())
