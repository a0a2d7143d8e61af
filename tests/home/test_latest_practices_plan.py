"""Home's latest practices are read through the (locale, first published) index, in order,
so the page costs the same with a hundred sheets of its language or a hundred thousand."""

from django.db import connection

from kb.home.dashboard import latest_practices
from tests import factories

INDEX = "ancora_page_locale_first_published"


def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(row[-1] for row in cursor.fetchall())
        # A few test rows are cheaper to scan: ask for the best plan that avoids scanning them.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_latest_practices_are_read_in_order_from_the_locale_index(home, practice_index):
    for _ in range(8):
        factories.make_practice(practice_index)

    chosen = plan(latest_practices(home.locale))

    assert INDEX in chosen
    assert "TEMP B-TREE" not in chosen  # SQLite sorting every sheet of the language
