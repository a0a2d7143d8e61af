"""Addresses for the facet sidebar, sorting and pagination.

Each link is the current query string with one change, so filters combine
and a page never forgets the others. Changing a filter goes back to page 1.
"""

from urllib.parse import urlencode

from . import facets, registry

# A changed filter or sort starts again at page 1, as HTML.
DROPPED = ("page", "format")


def _editable(params):
    """The query string (a ``QueryDict``) as its names' lists of values, without page and format.

    A plain dict of lists: a page builds a hundred links, and copying a
    ``QueryDict`` for each costs more than the rest of the sidebar.
    """
    return {name: values for name, values in params.lists() if name not in DROPPED}


def _url(path, lists):
    pairs = [(name, value) for name, values in lists.items() for value in values]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def toggle(path, lists, facet_name, value):
    values = lists.get(facet_name, [])
    changed = [v for v in values if v != value] if value in values else [*values, value]
    return _url(path, {**lists, facet_name: changed})


def clear(path, lists, facet_name):
    return _url(path, {name: values for name, values in lists.items() if name != facet_name})


def clear_all(path, lists):
    names = {facet.param for facet in facets.FACETS}
    return _url(path, {name: values for name, values in lists.items() if name not in names})


def with_param(path, lists, name, value):
    return _url(path, {**lists, name: [str(value)]})


def decorate(results, path, params, hidden=()):
    """Attach the links the templates need; ``hidden`` facets are fixed by the page."""
    params = _editable(params)
    for group in results.facets:
        group.hidden = group.name in hidden
        group.clear_url = clear(path, params, group.name)
        for value in group.values:
            value.toggle_url = toggle(path, params, group.name, value.value)
    results.clear_all_url = clear_all(path, params)
    results.sort_urls = {
        sort: with_param(path, params, "sort", sort) for sort in ("relevance", "newest")
    }
    results.previous_url = (
        with_param(path, params, "page", results.page - 1) if results.page > 1 else ""
    )
    results.next_url = (
        with_param(path, params, "page", results.page + 1) if results.page < results.pages else ""
    )
    results.removable = [
        (group, value) for group in results.facets if not group.hidden for value in group.selected
    ]
    for group, value in results.removable:
        value.total_without = results.without_filter.get((group.name, value.value))
    for place in results.places:
        place.toggle_url = toggle(path, params, place.facet, place.value)
    results.exact_url = with_param(path, params, "exact", "1")
    # An empty page points to the glossary, which names each term in every language.
    results.glossary_url = (
        registry.glossary_url(results.query.language)
        if results.query.text and not results.total
        else ""
    )
    results.proposed_url = ""
    if results.proposed_query:
        corrected = {name: values for name, values in params.items() if name != "exact"}
        results.proposed_url = _url(path, {**corrected, "q": [results.proposed_query]})
    return results
