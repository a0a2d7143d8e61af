"""The words of a query matched against the database's full-text index, once per search.

A search filters by the match, counts facets within it and ranks by it, so
the match must cost one pass over the words' postings, not one per statement
or per row. On SQLite the matching ids and their bm25() scores go into a
temporary table of the connection, which every later statement reads by its
primary key; other databases use modelsearch, whose PostgreSQL backend
already scores in the same statement as the match.
"""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.expressions import RawSQL

from modelsearch.backends.database import SearchBackend
from modelsearch.conf import get_app_config

from ..models import SearchDocument

MATCH_TABLE = "ancora_search_match"


@cache
def text_backend():
    """Our own backend instance: the 'simple' configuration, on folded words."""
    return SearchBackend({"SEARCH_CONFIG": "simple", "ATOMIC_REBUILD": False})


def text_match(query):
    return SQLiteMatch(query) if connection.vendor == "sqlite" else ModelsearchMatch(query)


class ModelsearchMatch:
    def __init__(self, query):
        self.text = " ".join(query.words)
        self.operator = query.operator

    def ids(self):
        """The matching document ids, as a subquery."""
        results = text_backend().search(
            self.text, SearchDocument, operator=self.operator, order_by_relevance=False
        )
        return results.get_queryset().order_by().values("pk")

    def scores(self):
        """Relevance per document id, higher is better."""
        results = text_backend().search(self.text, SearchDocument, operator=self.operator)
        scored = results.annotate_score("_score").get_queryset().order_by()
        return dict(scored.values_list("pk", "_score"))


class SQLiteMatch:
    """FTS5 matched once into a temporary table of ids and scores.

    modelsearch lets SQLite's planner probe the full-text table once per index
    entry and scores with one more subquery per row; here the match is the
    outer loop (CROSS JOIN) and runs once. The words are folded letters and
    digits only (``text.query_words``), so quoting each one fully escapes
    FTS5's query syntax.
    """

    def __init__(self, query):
        fts = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
        entries = get_app_config().get_model("IndexEntry")._meta.db_table
        operator = " AND " if query.operator == "and" else " OR "
        expression = operator.join(f'"{word}"' for word in query.words)
        content_type = ContentType.objects.get_for_model(SearchDocument)
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {MATCH_TABLE} "
                "(id INTEGER PRIMARY KEY, score REAL NOT NULL)"
            )
            cursor.execute(f"DELETE FROM temp.{MATCH_TABLE}")  # noqa: S608 - a constant name
            cursor.execute(
                f"INSERT INTO temp.{MATCH_TABLE} (id, score) "  # noqa: S608 - model table names
                f"SELECT CAST(entry.object_id AS INTEGER), -bm25({fts}) FROM {fts} "
                f"CROSS JOIN {entries} AS entry ON entry.id = {fts}.rowid "
                f"WHERE {fts} MATCH %s AND entry.content_type_id = %s",
                [expression, content_type.pk],
            )

    def ids(self):
        return RawSQL(f"SELECT id FROM temp.{MATCH_TABLE}", [])  # noqa: S608, S611 - constant

    def scores(self):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, score FROM temp.{MATCH_TABLE}")  # noqa: S608 - constant
            return dict(cursor.fetchall())
