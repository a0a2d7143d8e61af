"""Many plain rows written at once, without a model instance for each.

A rebuild writes a hundred thousand facet values, title terms and similar
pairs. ``bulk_create`` builds, validates and compiles each row as a model
instance, which costs three times the insert itself; these rows are ids
and short strings that need none of it.
"""

from django.db import connection


def insert_rows(model, fields, rows):
    """Insert ``rows``, tuples of database values in the order of ``fields``, in one statement."""
    rows = list(rows)
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})",  # noqa: S608
            rows,
        )
