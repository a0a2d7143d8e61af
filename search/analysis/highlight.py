"""Snippets that mark the words a document was found by, whatever form they took.

A word is marked when its index terms meet the query's: through a stem
(``wandelingen`` for ``wandeling``), a compound part (``fotowandelingen``), a
correction or a synonym, since all of them end as terms. Both engines show
these snippets, so a hit reads the same whichever engine answered.
"""

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
    """(start, end, found terms) of each word of ``text`` that one of ``terms`` found, in order."""
    for match in _WORD.finditer(text):
        word = lower(match.group())
        found = _word_terms(word, language, lexicon) & terms if len(word) > 1 else None
        if found:
            yield (*match.span(), found)


def _window_start(spans, concepts, size):
    """Where the extract starts: the found word after which most of the query's weight is found.

    ``concepts`` are (terms, weight) pairs. So a rare word of the query is
    shown and marked, not only the common ones a text names first; on a
    tie, the earliest.
    """
    best, start = -1.0, 0
    for index, (first, _end, _found) in enumerate(spans):
        reached = set()
        for _start, span_end, found in spans[index:]:
            if span_end - first > size * 2 // 3:
                break
            reached.update(number for number, (terms, _w) in enumerate(concepts) if terms & found)
        weight = sum(concepts[number][1] for number in reached)
        if weight > best:
            best, start = weight, first
    return start


def highlight(text, language, terms, size=SNIPPET_CHARS, lexicon=None, concepts=()):
    """An HTML-escaped extract of ``text`` around the found words, found words in <mark>.

    ``concepts``, the query's concepts as (terms, weight), chooses the
    extract that shows most of their weight.
    """
    text = " ".join((text or "").split())
    if not text:
        return ""
    lexicon = VOCABULARY.get() if lexicon is None else lexicon
    spans = list(marked_spans(text, language, set(terms), lexicon)) if terms else []
    start = 0
    if spans:
        first = _window_start(spans, concepts, size) if concepts else spans[0][0]
        start = max(0, first - size // 3)
        while start > 0 and text[start - 1] != " ":
            start -= 1
    end = min(len(text), start + size)
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end, _found in spans:
        if span_start < start:
            continue
        if span_end > end:
            break
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)
