"""Which practice sheets use a glossary term, in any of its names."""

from django.db.models import Q

from practices.models import PracticePage


def practices_using(term, locale, limit=20):
    condition = Q()
    for name in term.all_names:
        condition |= Q(title__icontains=name) | Q(summary__icontains=name)
    return (
        PracticePage.objects.live()
        .public()
        .filter(condition, locale=locale)
        .select_related("project__city")
        .order_by("title")[:limit]
    )
