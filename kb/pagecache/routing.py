"""Which site and which page an address leads to, looked up once per content generation.

Every view needs the site of the host (to write the address of any page), and
every page view then walks the tree from the site's root down to the page, one
level at a time. The answer depends only on the host, the language and the
path, and changes only with content (a publish, a move, a new site...), so it
is kept under the page cache's generation like the menus. Only the page's
model and id are kept, never its content: the page is read again (one query)
and served as usual, so the view restriction and members-only checks of
``before_serve_page`` run on every request. A page model may name the rows to
read with it in ``route_select_related``. A route with arguments (a sub-page of
a routable page) and an address that leads nowhere are not kept.
"""

import hashlib

from django.apps import apps
from django.db import DatabaseError
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .store import until_content_changes


class CachedRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        try:
            site = until_content_changes(
                f"site:{request.get_host()}", lambda: Site._find_for_request(request)
            )
            # Where Wagtail looks for the request's site (for any page address a view
            # writes) before finding it again.
            request._wagtail_site = site
            if view_func is not wagtail_views.serve or site is None:
                return None
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            page = _routed_page(request, site, path)
        except DatabaseError:
            # Routed as usual by the view, whose failure the database-outage page answers.
            return None
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
        return None


def _routed_page(request, site, path):
    """The live page ``path`` leads to, if known from an earlier request."""
    digest = hashlib.sha256(path.encode()).hexdigest()
    key = f"route:{site.pk}:{translation.get_language()}:{digest}"
    found = until_content_changes(key, lambda: _route(request, site, path), keep_none=False)
    if found is None or hasattr(request, "_wagtail_route_for_request"):
        return None  # routed as usual, or just now
    label, pk = found
    model = apps.get_model(label)
    related = getattr(model, "route_select_related", ())
    return next(iter(model.objects.live().select_related(*related).filter(pk=pk)), None)


def _route(request, site, path):
    """(model label, id) of the page Wagtail routes ``path`` to, or None to route as usual."""
    request._wagtail_site = site
    result = Page.route_for_request(request, path)
    if result is None or result.args or result.kwargs:
        return None
    return result.page._meta.label, result.page.pk
