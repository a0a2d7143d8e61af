"""Search as you type: titles of documents and glossary terms matching what is typed.

The typed text is folded like ``SearchDocument.title_folded`` (lower case, no
accents, punctuation as spaces) and compared with it (see ``suggestions`` for
the order). A page and its translations give one suggestion, in the reader's
language when that version matches, else in another, which the box badges.
"""

from django.db.models import Case, IntegerField, Q, Value, When
from django.http import JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

from .analysis.derivation import with_lost_s
from .audience import reader_keys
from .documents import LANGUAGES
from .models import SearchDocument
from .text import fold
from .visibility import visibilities_for, visible_documents

MAX_SUGGESTIONS = 8
MIN_CHARS = 2
# A shorter text only matches the start of a word: "hôp" is no "workshop".
MIN_INFIX = 4
INTEGER = IntegerField()
MAX_CHARS = 60
# Seconds a browser (or, for anonymous readers, a shared cache) may reuse an answer.
MAX_AGE = 60


def suggestions(text, language, visibilities, limit=MAX_SUGGESTIONS, audience=frozenset()):
    """At most ``limit`` suggestions ``{"title", "url", "type", "lang"}``, best first.

    Titles with a word starting with the text come first, then (for a text
    of ``MIN_INFIX`` characters or more, such as a Dutch compound's tail)
    titles containing it; within each, pages before glossary terms, the
    reader's language before the others, a title starting with the text
    before one with a later word starting with it.
    """
    text = (text or "")[: MAX_CHARS * 4]
    typed = fold(text)[:MAX_CHARS].strip()
    if len(typed) < MIN_CHARS:
        return []
    # "hôp" is also the start of "hospitalier".
    spellings = dict.fromkeys((typed, fold(with_lost_s(text))[:MAX_CHARS].strip()))
    word_start = Q()
    for spelling in spellings:
        word_start |= Q(title_folded__startswith=spelling) | Q(
            title_folded__contains=f" {spelling}"
        )
    matching = Q(title_folded__contains=typed) if len(typed) >= MIN_INFIX else word_start
    # Only columns of the covering index are read until the few chosen rows are known.
    ranked = (
        visible_documents(visibilities, audience)
        .filter(matching)
        .annotate(
            infix=Case(When(word_start, then=Value(0)), default=Value(1), output_field=INTEGER),
            glossary=Case(
                When(type="glossary", then=Value(1)), default=Value(0), output_field=INTEGER
            ),
            other_language=Case(
                When(lang=language, then=Value(0)), default=Value(1), output_field=INTEGER
            ),
            later_word=Case(
                When(title_folded__startswith=typed, then=Value(0)),
                default=Value(1),
                output_field=INTEGER,
            ),
        )
        .order_by("infix", "glossary", "other_language", "later_word", "title_folded", "pk")
        .values_list("pk", "translation_key", "lang")
    )
    # A group has at most one row per language: this many rows hold ``limit`` groups.
    # A group ranks by its best title, and shows its reader's version when that matches too.
    chosen = {}
    for pk, group, lang in ranked[: limit * len(LANGUAGES)]:
        if group not in chosen or lang == language:
            chosen[group] = pk
    pks = list(chosen.values())[:limit]
    rows = SearchDocument.objects.filter(pk__in=pks).values("pk", "title", "url", "type", "lang")
    by_pk = {row.pop("pk"): row for row in rows}
    return [by_pk[pk] for pk in pks]


def suggest(request):
    """``GET /search/suggest/?q=``: ``{"suggestions": [...]}``, never an error."""
    language = (get_language() or "en")[:2]
    response = JsonResponse(
        {
            "suggestions": suggestions(
                request.GET.get("q", ""),
                language,
                visibilities_for(request.user),
                audience=reader_keys(request.user),
            )
        }
    )
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, max_age=MAX_AGE)
    else:
        patch_cache_control(response, public=True, max_age=MAX_AGE)
    patch_vary_headers(response, ("Cookie",))
    return response
