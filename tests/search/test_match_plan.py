"""On PostgreSQL, matching a query's words reads the full-text indexes, not every entry.

A concept is matched over title and body together, which no index holds;
without narrowing the rows first by the title and body GIN indexes, every
search would read the whole index table, and its cost would grow with the
corpus.

The demo's few entries are read fastest through the content type's own
index, so the test sets that index aside (inside the test's transaction,
rolled back after it) to ask whether the statement can use the GIN indexes
at all; before the narrowing it could only read every row.
"""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from modelsearch.conf import get_app_config

import pytest

from search.engines.fulltext import HITS_TABLE

IndexEntry = get_app_config().get_model("IndexEntry")

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's FTS5 match always reads its index"
)


@pytest.mark.parametrize("q", ["guitar", "enregistrement", "gitaarles", "community garden"])
def test_each_concept_is_matched_through_the_gin_indexes(demo, db, client, q):
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/search/", {"q": q, "format": "json"}).status_code == 200
    matches = [
        query["sql"]
        for query in captured.captured_queries
        if f"INSERT INTO {HITS_TABLE}" in query["sql"]
    ]
    assert matches
    with connection.cursor() as cursor:
        _set_aside_the_content_type_indexes(cursor)
        cursor.execute("SET enable_seqscan = off")
        for sql in matches:
            cursor.execute("EXPLAIN " + sql)
            plan = " ".join(row[0] for row in cursor.fetchall())
            assert re.search(r"Index Scan on \S+_gin", plan), plan
        cursor.execute("RESET enable_seqscan")


def _set_aside_the_content_type_indexes(cursor):
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    cursor.execute(
        "SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexdef LIKE %s",
        [IndexEntry._meta.db_table, "%(content_type_id%"],
    )
    for (name,) in cursor.fetchall():
        cursor.execute("SELECT conname FROM pg_constraint WHERE conindid = %s::regclass", [name])
        constraint = cursor.fetchone()
        if constraint:
            cursor.execute(
                f'ALTER TABLE {IndexEntry._meta.db_table} DROP CONSTRAINT "{constraint[0]}"'
            )
        else:
            cursor.execute(f'DROP INDEX "{name}"')
