"""The search page and its JSON twin; they never know which engine answered."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from .links import decorate
from .query import SearchQuery, run_search
from .querylog import record_search


def search(request):
    query = SearchQuery.from_params(request.GET, user=request.user, language=get_language())
    results = run_search(query)
    if request.GET.get("format") == "json":
        response = JsonResponse(results.as_json())
    else:
        decorate(results, request.path, request.GET)
        record_search(query.text, results.total)
        response = TemplateResponse(
            request,
            "search/search.html",
            {"query": query.text, "search_query": query, "results": results},
        )
    if query.is_filtered:
        response["X-Robots-Tag"] = "noindex"
    if results.fell_back:
        # A degraded answer must not outlive the outage in any cache.
        add_never_cache_headers(response)
    return response
