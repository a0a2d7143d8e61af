"""Browsing one type of document by facet, without typing: e.g. the practice index's listing."""

from django.utils.translation import get_language

from .links import decorate
from .query import SearchQuery, run_search


def browse(request, doc_type):
    query = SearchQuery.from_params(request.GET, user=request.user, language=get_language())
    query.filters["type"] = [doc_type]
    results = run_search(query)
    decorate(results, request.path, request.GET, hidden=("type",))
    return {"results": results, "search_query": query}
