"""Serve anonymous visitors' pages from the cache.

Only GET requests without a session cookie are answered from the cache (so a
signed-in member never is), and only a plain 200 response is stored: none that
sets a cookie (a form with a CSRF token, a new session), that a view marked
private or not cacheable, or that shows a page with a view restriction (the
intervision section). A ``Cache-Control: no-cache`` request, as a browser's hard
reload sends, skips the cache.

Place it after LocaleMiddleware (the key holds the language) and before the
rest, so a hit skips everything below it while keeping the headers they added.
A response's ``max-age`` shortens its stay (a search answered during an outage).
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import cc_delim_re, get_max_age

from wagtail.models import Page

from . import store

SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/bench/")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store", "max-age=0"}


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = store.key_for(request, translation.get_language())
        cached = store.cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(response):
            response["X-Page-Cache"] = "miss"
            store.cache.set(key, response, lifetime(response))
        return response


def lifetime(response):
    """The cache's own lifetime, or less when the response says it is good for less."""
    max_age = get_max_age(response)
    return store.timeout() if max_age is None else min(max_age, store.timeout())


def _cacheable_request(request):
    if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META or request.path.startswith(SKIPPED_PREFIXES):
        return False
    return "no-cache" not in request.META.get("HTTP_CACHE_CONTROL", "")


def _cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    page = (getattr(response, "context_data", None) or {}).get("page")
    if isinstance(page, Page):
        return not getattr(page, "members_only", False) and not page.get_view_restrictions()
    return True
