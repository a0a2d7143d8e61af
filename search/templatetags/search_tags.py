from django import template

from search.related import related_to_practice

register = template.Library()

RELATED_LIMIT = 4


@register.inclusion_tag("search/related_practices.html", takes_context=True)
def related_practices(context, page, limit=RELATED_LIMIT):
    """Sheets like this one, found by the search engine (not the authors' own choice)."""
    return {"practices": related_to_practice(page, limit), "request": context.get("request")}
