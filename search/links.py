"""Addresses for the facet sidebar, sorting and pagination.

Each link is the current query string with one change, so filters combine
and a page never forgets the others. Changing a filter goes back to page 1.
"""

from django.http import QueryDict

from . import facets, registry


def _url(path, params):
    encoded = params.urlencode()
    return f"{path}?{encoded}" if encoded else path


def _editable(params):
    copy = params.copy() if isinstance(params, QueryDict) else QueryDict(mutable=True)
    copy._mutable = True
    copy.pop("page", None)
    copy.pop("format", None)
    return copy


def toggle(path, params, facet_name, value):
    copy = _editable(params)
    values = copy.getlist(facet_name)
    if value in values:
        values = [v for v in values if v != value]
    else:
        values.append(value)
    copy.setlist(facet_name, values)
    return _url(path, copy)


def clear(path, params, facet_name):
    copy = _editable(params)
    copy.pop(facet_name, None)
    return _url(path, copy)


def clear_all(path, params):
    copy = _editable(params)
    for facet in facets.FACETS:
        copy.pop(facet.param, None)
    return _url(path, copy)


def with_param(path, params, name, value):
    copy = _editable(params)
    copy[name] = str(value)
    return _url(path, copy)


def decorate(results, path, params, hidden=()):
    """Attach the links the templates need; ``hidden`` facets are fixed by the page."""
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
    results.exact_url = with_param(path, params, "exact", "1")
    # An empty page points to the glossary, which names each term in every language.
    results.glossary_url = (
        registry.glossary_url(results.query.language)
        if results.query.text and not results.total
        else ""
    )
    results.proposed_url = ""
    if results.proposed_query:
        corrected = _editable(params)
        corrected.pop("exact", None)
        corrected["q"] = results.proposed_query
        results.proposed_url = _url(path, corrected)
    return results
