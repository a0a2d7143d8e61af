"""Sheets to read next: the similar ones search worked out, and those matching a text.

The authors' own choice is the sheet's ``related_practices`` ("linked" sheets).
"""

from search import related

from .models import PracticePage

SIMILAR_LIMIT = 4


def shown(pairs, language):
    """Sheets for search's (translation key, page id) pairs, in ``language`` where one is live."""
    pages = (
        PracticePage.objects.live()
        .public()
        .select_related("project__city")
        .prefetch_related("life_domains")
    )
    return related.in_language(pairs, language, pages)


def similar_practices(page, limit=SIMILAR_LIMIT):
    """Sheets like this one, found by search (not the authors' own choice)."""
    language = page.locale.language_code
    return shown(related.similar_to(page, limit), language)


def practices_for_text(text, locale, limit=6):
    """Live practice sheets matching any of the longer words of ``text``."""
    language = getattr(locale, "language_code", None) or str(locale or "en")
    pairs = related.matching_text(text, language, PracticePage.search_document.type, limit)
    return shown(pairs, language)
