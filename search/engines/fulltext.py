"""The concepts of a query matched against the database's full-text index, once per search.

A search filters by the match, counts facets within it and ranks by it, so
the match must cost one pass over the words' postings, not one per statement
or per row. Each concept (see ``search.analysis.concepts``) is matched once
into a temporary table of the connection; a second table then holds, per
document the reader may see, its summed score and how many of the query's
concepts it has. Who may see what is thus decided once, here; every later
statement reads that table by primary key.

The full-text index holds analysed terms (``search.analysis.analyse``), so
the database's own tokenizer only splits them on spaces, the same on SQLite
(FTS5) as on PostgreSQL (``simple`` text search configuration).
"""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.expressions import RawSQL

from modelsearch.backends.database import SearchBackend
from modelsearch.conf import get_app_config

from kb.pagecache.store import until_content_changes

from ..models import SearchDocument
from .base import TITLE_SHARE, concept_weights
from .temporary import fresh_table

HITS_TABLE = "ancora_search_concept_hits"
MATCH_TABLE = "ancora_search_match"
# A title term counts three times a body term, on both databases.
TITLE_WEIGHT = 3.0


@cache
def text_backend():
    """Our own backend instance: the 'simple' configuration, on analysed terms."""
    return SearchBackend({"SEARCH_CONFIG": "simple", "ATOMIC_REBUILD": False})


class ConceptMatch:
    """Documents of ``scope`` with any of the query's concepts, with score and concept count."""

    def __init__(self, concepts, scope):
        entries = get_app_config().get_model("IndexEntry")._meta.db_table
        content_type = ContentType.objects.get_for_model(SearchDocument).pk
        sqlite = connection.vendor == "sqlite"
        with connection.cursor() as cursor:
            hits = fresh_table(
                cursor,
                HITS_TABLE,
                "id INTEGER NOT NULL, concept INTEGER NOT NULL, score REAL NOT NULL, "
                "in_title INTEGER NOT NULL",
            )
            self.match_table = fresh_table(
                cursor, MATCH_TABLE, "id INTEGER PRIMARY KEY, score REAL NOT NULL, found INTEGER"
            )
            for number, concept in enumerate(concepts):
                if sqlite:
                    sql, params = _sqlite_concept(entries, content_type, concept)
                else:
                    sql, params = _postgres_concept(entries, content_type, concept)
                cursor.execute(
                    f"INSERT INTO {hits} (id, concept, score, in_title) "  # noqa: S608
                    f"SELECT matched.id, {number}, matched.score, matched.in_title "
                    f"FROM ({sql}) AS matched",
                    params,
                )
            cursor.execute(
                f"SELECT concept, COUNT(*) FROM {hits} GROUP BY concept"  # noqa: S608
            )
            frequencies = dict(cursor.fetchall())
            self.weights = weights = concept_weights(
                document_count(),
                [frequencies.get(number, 0) for number in range(len(concepts))],
            )
            weight_of = " ".join(f"WHEN {number} THEN %s" for number in range(len(weights)))
            visible, visible_params = scope.values("pk").query.sql_with_params()
            cursor.execute(
                f"INSERT INTO {self.match_table} (id, score, found) "  # noqa: S608 - constants
                f"SELECT id, SUM(score + (1 + %s * in_title) * CASE concept {weight_of} END), "
                f"COUNT(*) FROM {hits} WHERE id IN ({visible}) GROUP BY id",
                [TITLE_SHARE, *weights, *visible_params],
            )

    def most_found(self):
        """The largest number of concepts any visible document has (0: none matched)."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT MAX(found) FROM {self.match_table}")  # noqa: S608 - constant
            return cursor.fetchone()[0] or 0

    def ids(self, at_least):
        """The ids of documents with at least ``at_least`` concepts, as a subquery."""
        sql = f"SELECT id FROM {self.match_table} WHERE found >= %s"  # noqa: S608 - constant
        return RawSQL(sql, [at_least])  # noqa: S611 - the number is a parameter


def document_count():
    """How many documents the index holds, read once per content generation."""
    return until_content_changes("search-documents", SearchDocument.objects.count)


def _sqlite_concept(entries, content_type, concept):
    """FTS5: the match is the outer loop (CROSS JOIN), so it runs once, not once per entry.

    Terms are letters and digits only, so quoting each one fully escapes
    FTS5's query syntax. bm25()'s weights follow the table's columns
    (autocomplete, body, title); with the title's weight alone it is
    non-zero exactly when a term is in the title.
    """
    fts = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
    expression = " OR ".join(
        "(" + " AND ".join(f'"{term}"' for term in alternative) + ")"
        for alternative in concept.alternatives
    )
    sql = (
        f"SELECT CAST(entry.object_id AS INTEGER) AS id, "  # noqa: S608 - model table names
        f"-bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT}) AS score, "
        f"bm25({fts}, 0.0, 0.0, 1.0) < 0 AS in_title FROM {fts} "
        f"CROSS JOIN {entries} AS entry ON entry.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND entry.content_type_id = %s"
    )
    return sql, [expression, content_type]


def _postgres_concept(entries, content_type, concept):
    """PostgreSQL: the same alternatives as a tsquery over title and body together.

    Together, so that an alternative's terms may sit one in the title and one
    in the body, as in FTS5. The GIN indexes of title and body find the rows
    with any of the concept's terms; that is the match when every alternative
    is one term, and otherwise a superset whose rows alone are then checked
    against the concatenation, which no index holds and which costs a copy of
    both texts per row.
    """
    expression = " | ".join(
        "(" + " & ".join(alternative) + ")" for alternative in concept.alternatives
    )
    anywhere = " | ".join(sorted({term for run in concept.alternatives for term in run}))
    together = any(len(run) > 1 for run in concept.alternatives)
    sql = (
        f"SELECT CAST(entry.object_id AS INTEGER) AS id, "  # noqa: S608 - model table names
        f"{TITLE_WEIGHT} * ts_rank(entry.title, query) + ts_rank(entry.body, query) AS score, "
        f"CAST(entry.title @@ query AS INTEGER) AS in_title "
        f"FROM {entries} AS entry, to_tsquery('simple', %s) AS query "
        f"WHERE entry.content_type_id = %s "
        f"AND (entry.title @@ to_tsquery('simple', %s) OR entry.body @@ to_tsquery('simple', %s))"
        + (" AND (entry.title || entry.body) @@ query" if together else "")
    )
    return sql, [expression, content_type, anywhere, anywhere]
