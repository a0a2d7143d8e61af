"""Snippets that mark the words a document was found by, whatever form they took.

A word is marked when its index terms meet the query's: through a stem
(``wandelingen`` for ``wandeling``), a compound part (``fotowandelingen``), a
correction or a synonym, since all of them end as terms. Both engines show
these snippets, so a hit reads the same whichever engine answered.
"""

import itertools
import re

from django.utils.html import escape

from .lexicon import VOCABULARY
from .words import fold_word, lower, terms_of

SNIPPET_CHARS = 220
_WORD = re.compile(r"[^\W_]+")


def _word_terms(word, language, lexicon):
    terms = set(terms_of(word, language))
    parts = lexicon.split(fold_word(word)) if language == "nl" else None
    for part in parts or ():
        terms.update(terms_of(part, language))
    return terms


def marked_spans(text, language, terms, lexicon):
    """(start, end) of each word of ``text`` that one of ``terms`` found, in order, lazily.

    Lazily, because a snippet needs only the first found word and the few
    after it, while a document's body may run to thousands of words.
    """
    for match in _WORD.finditer(text):
        word = lower(match.group())
        if len(word) > 1 and _word_terms(word, language, lexicon) & terms:
            yield match.span()


def highlight(text, language, terms, size=SNIPPET_CHARS, lexicon=None):
    """An HTML-escaped extract of ``text`` around the first found word, found words in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    lexicon = VOCABULARY.get() if lexicon is None else lexicon
    spans = marked_spans(text, language, set(terms), lexicon) if terms else iter(())
    first = next(spans, None)
    start = 0
    if first:
        start = max(0, first[0] - size // 3)
        while start > 0 and text[start - 1] != " ":
            start -= 1
    end = min(len(text), start + size)
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end in itertools.chain([first] if first else [], spans):
        if span_end > end:
            break
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)
