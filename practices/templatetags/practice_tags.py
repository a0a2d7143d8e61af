from django import template

from practices.related import SIMILAR_LIMIT, similar_practices

register = template.Library()


@register.inclusion_tag("practices/similar_practices.html", name="similar_practices")
def similar(page, limit=SIMILAR_LIMIT):
    """Sheets like this one, found by search (not the authors' own choice)."""
    return {"practices": similar_practices(page, limit) if page.pk else []}
