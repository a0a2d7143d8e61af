"""Search as you type: titles of documents and glossary terms matching what is typed.

The typed text is folded like ``SearchDocument.title_folded`` (lower case, no
accents, punctuation as spaces) and compared with it: the reader's language
first, then titles starting with the text, then titles with a word starting
with it, then titles containing it anywhere. A page and its translations give
one suggestion, in the reader's language when that version matches.
"""

from django.db.models import Case, IntegerField, Value, When
from django.http import JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

from .audience import reader_keys
from .documents import LANGUAGES
from .models import SearchDocument
from .text import fold
from .visibility import visibilities_for, visible_documents

MAX_SUGGESTIONS = 8
MIN_CHARS = 2
MAX_CHARS = 60
# Seconds a browser (or, for anonymous readers, a shared cache) may reuse an answer.
MAX_AGE = 60


def suggestions(text, language, visibilities, limit=MAX_SUGGESTIONS, audience=frozenset()):
    """At most ``limit`` suggestions ``{"title", "url", "type", "lang"}``, best first."""
    typed = fold((text or "")[: MAX_CHARS * 4])[:MAX_CHARS].strip()
    if len(typed) < MIN_CHARS:
        return []
    # Only columns of the covering index are read until the few chosen rows are known.
    ranked = (
        visible_documents(visibilities, audience)
        .filter(title_folded__contains=typed)
        .annotate(
            other_language=Case(
                When(lang=language, then=Value(0)), default=Value(1), output_field=IntegerField()
            ),
            position=Case(
                When(title_folded__startswith=typed, then=Value(0)),
                When(title_folded__contains=f" {typed}", then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
        )
        .order_by("other_language", "position", "title_folded", "pk")
        .values_list("pk", "translation_key")
    )
    # A group has at most one row per language: this many rows hold ``limit`` groups.
    chosen = {}
    for pk, group in ranked[: limit * len(LANGUAGES)]:
        chosen.setdefault(group, pk)
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
