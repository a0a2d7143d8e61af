"""Wagtail's database search backend, reading any text typed in the admin's search as words.

Wagtail's backends put what was typed into the database's query language nearly
as it is: on SQLite a double quote or a colon makes the FTS5 query invalid, on
PostgreSQL a lone dash leaves an empty part that cannot be combined, and on both
a long text nests one expression per word, deeper than Python recurses. Here a
query keeps only its words, and not more of them than anyone types, before the
backend reads it: any text gives results, or none.
"""

import re

from modelsearch.backends import database
from modelsearch.query import MATCH_NONE, And, Not, Or, Phrase, PlainText

WORD = re.compile(r"\w+")
# More words than any search for a page or an image has; each part of a query keeps these.
MOST_WORDS = 32


def words_of(text):
    return " ".join(WORD.findall(text)[:MOST_WORDS])


def readable(query):
    """``query`` with only the words of what was typed, or None when no word is left."""
    if isinstance(query, PlainText):
        words = words_of(query.query_string)
        return PlainText(words, operator=query.operator, boost=query.boost) if words else None
    if isinstance(query, Phrase):
        words = words_of(query.query_string)
        return Phrase(words) if words else None
    if isinstance(query, And | Or):
        parts = [part for part in map(readable, query.subqueries[:MOST_WORDS]) if part]
        return type(query)(parts) if parts else None
    if isinstance(query, Not):
        part = readable(query.subquery)
        return Not(part) if part else None
    return query


class ReadableQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = readable(self.query) or MATCH_NONE


def SearchBackend(params):
    """The backend Wagtail finds under this name: its own, reading only the words of a query."""
    backend = database.SearchBackend(params)
    for attribute in ("query_compiler_class", "autocomplete_query_compiler_class"):
        compiler = getattr(backend, attribute)
        readable_compiler = type(compiler.__name__, (ReadableQueryMixin, compiler), {})
        setattr(backend, attribute, readable_compiler)
    return backend
