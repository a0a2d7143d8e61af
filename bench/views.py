"""Reference points for the benchmark, served only with ``kb.settings.bench``.

``floor`` is the framework's own cost: a minimal template through the full
middleware stack. ``peer`` is what a fresh Wagtail project's search view does:
``Page.objects.live().search(q)``, ten per page, no facets.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page


def floor(request):
    return TemplateResponse(request, "bench/floor.html", {})


def peer(request):
    query = request.GET.get("q", "")[:200]
    results = Page.objects.live().search(query) if query else Page.objects.none()
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "bench/peer.html", {"query": query, "results": page})
