"""The search page and its JSON twin; they never know which engine answered."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language

from . import breaker
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
        keep_degraded_answer_for_the_cooloff(response)
    return response


def keep_degraded_answer_for_the_cooloff(response):
    """A database answer during an outage is cached no longer than the breaker stays open.

    While the breaker is open the cluster is not asked anyway, so visitors may
    share that answer instead of each paying for it; once the cool-off ends the
    next search probes the cluster. Any other fallback is never cached.
    """
    seconds = breaker.seconds_left()
    if seconds:
        patch_cache_control(response, max_age=seconds)
    else:
        add_never_cache_headers(response)
