"""Which practice sheets use a glossary term, in any of its names and any language.

A term is shared by the three languages, so a sheet written only in French still
uses it for a Dutch reader; the reader's own versions come first.
"""

from django.db.models import Q

from practices.models import PracticePage


def practices_using(term, locale, limit=20):
    """One version per sheet, the reader's language first, then the others by title."""
    condition = Q()
    for name in term.all_names:
        condition |= Q(title__icontains=name) | Q(summary__icontains=name)
    versions = (
        PracticePage.objects.live()
        .public()
        .filter(condition)
        .select_related("locale", "project__city")
        .order_by("title")
    )
    in_readers_language_first = sorted(versions, key=lambda page: page.locale_id != locale.id)
    one_per_sheet = {}
    for version in in_readers_language_first:
        one_per_sheet.setdefault(version.translation_key, version)
    return list(one_per_sheet.values())[:limit]
