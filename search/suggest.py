"""Search as you type: titles of documents and glossary terms matching what is typed.

The typed text is folded like ``SearchDocument.title_folded`` (lower case, no
accents, punctuation as spaces) and compared with it (see ``suggestions`` for
the order). A page and its translations give one suggestion, in the reader's
language when that version matches, else in another, which the box badges.
"""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

from . import title_starts
from .analysis.derivation import with_lost_s
from .audience import reader_keys
from .documents import LANGUAGES
from .models import SearchDocument
from .text import fold
from .visibility import visibilities_for

MAX_SUGGESTIONS = 8
MIN_CHARS = 2
MAX_CHARS = 60
# Seconds a browser (or, for anonymous readers, a shared cache) may reuse an answer.
MAX_AGE = 60


def suggestions(text, language, visibilities, limit=MAX_SUGGESTIONS, audience=frozenset()):
    """At most ``limit`` suggestions ``{"title", "url", "type", "lang"}``, best first.

    Titles with a word starting with the text come first, then (for a text
    of ``title_starts.MIN_INFIX`` characters or more, such as a Dutch
    compound's tail) titles containing it; within each, pages before
    glossary terms, the reader's language before the others, a title
    starting with the text before one with a later word starting with it.
    """
    text = (text or "")[: MAX_CHARS * 4]
    typed = fold(text)[:MAX_CHARS].strip()
    if len(typed) < MIN_CHARS:
        return []
    # "hôp" is also the start of "hospitalier".
    spellings = list(dict.fromkeys((typed, fold(with_lost_s(text))[:MAX_CHARS].strip())))
    # A group has at most one row per language: this many documents hold ``limit`` groups.
    ranked = title_starts.matching(
        typed, spellings, language, LANGUAGES, visibilities, audience, limit * len(LANGUAGES)
    )
    # A group ranks by its best title, and shows its reader's version when that matches too.
    chosen = {}
    for pk, group, lang in ranked:
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
