"""Search as you type by prefix: the places in a title where a typed text may start.

Each word of a document's folded title gives a row holding the title from
that word on; each place inside a word with at least ``MIN_INFIX`` letters
left (a Dutch compound's tail: "wandeling" in "fotowandeling") gives one
too. ``rank`` orders the rows as suggestions are shown: a word's start
before a place inside a word, a sheet or page before a reference entry (a
glossary term, a partner organisation), the title's first word before a
later one (the reader's language comes between the last
two). Suggest asks each class in that order through one index, a few rows
at a time, and stops when it has enough: the same few lookups whatever the
size of the corpus.
"""

from django.db.models import Q

from .audience import AUDIENCE
from .documents import MEMBERS
from .models import SearchFacetValue, SearchTitleStart

START_CHARS = SearchTitleStart._meta.get_field("start").max_length
# A shorter text only matches the start of a word: "hôp" is no "workshop".
MIN_INFIX = 4
AFTER_ALL = "\U0010ffff"
# What sheets build on: suggested after the sheets and pages the typed text names.
REFERENCE_TYPES = ("glossary", "partner")


def rank_of(inside_word, reference, later_word):
    return 4 * inside_word + 2 * reference + later_word


def starts(title_folded, doc_type):
    """(rank, start) of every place in a folded title where a typed text may begin."""
    found = {}
    reference = doc_type in REFERENCE_TYPES
    position = 0
    for number, word in enumerate(title_folded.split(" ")):
        found.setdefault(
            (rank_of(0, reference, number > 0), title_folded[position : position + START_CHARS]),
            None,
        )
        for inside in range(position + 1, position + len(word) - MIN_INFIX + 1):
            found.setdefault(
                (rank_of(1, reference, 1), title_folded[inside : inside + START_CHARS])
            )
        position += len(word) + 1
    return list(found)


def classes(language, languages, infix):
    """(rank, languages) in the order suggestions are shown."""
    others = [code for code in languages if code != language]
    for inside_word in (0, 1) if infix else (0,):
        for reference in (0, 1):
            for group in ([language], others):
                for later_word in (1,) if inside_word else (0, 1):
                    yield rank_of(inside_word, reference, later_word), group


def matching(typed, spellings, language, languages, visibilities, audience, wanted):
    """(document id, translation key, lang) of up to ``wanted`` documents, best first.

    A document counts once, in the best class it matches in; within a class
    the languages are merged in the order of their matching text.
    """
    seen = {}
    infix = len(typed) >= MIN_INFIX
    for rank, group in classes(language, languages, infix):
        texts = [typed] if rank >= rank_of(1, 0, 0) else spellings
        rows = []
        for text in texts:
            for code in group:
                rows.extend(_rows(rank, code, text, visibilities, audience, wanted))
        for _start, pk, key, lang in sorted(rows):
            seen.setdefault(pk, (pk, key, lang))
            if len(seen) >= wanted:
                return list(seen.values())
    return list(seen.values())


def _rows(rank, lang, text, visibilities, audience, wanted):
    """(start, document id, translation key, lang) of one class's rows starting with ``text``."""
    prefix = text[:START_CHARS]
    rows = SearchTitleStart.objects.filter(
        lang=lang,
        rank=rank,
        start__gte=prefix,
        start__lt=prefix + AFTER_ALL,
        start__startswith=prefix,
        visibility__in=visibilities,
    ).order_by("start", "pk")
    if MEMBERS in visibilities:
        allowed = SearchFacetValue.objects.filter(facet=AUDIENCE, value__in=sorted(audience))
        rows = rows.filter(Q(restricted=False) | Q(document_id__in=allowed.values("document_id")))
    if len(text) > START_CHARS:
        rows = rows.filter(document__title_folded__contains=text)
    else:
        rows = rows[:wanted]
    return list(rows.values_list("start", "document_id", "translation_key", "lang"))
