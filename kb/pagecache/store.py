"""Where cached pages and fragments live, under a number that any content change bumps.

Bumping one number empties the whole page cache at once, in every worker that
shares the cache backend (Redis when ``REDIS_URL`` is set). With the default
process-local memory cache each worker keeps its own copies, so their lifetime
is kept short (``PAGE_CACHE_LOCAL_SECONDS``) to bound how long another worker
may serve a page from before a publish.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache

from .local_copies import LocalCopies
from .per_request import forget, remembered

GENERATION_KEY = "ancora:page-cache:generation"
# This worker's copies of the fragments it read last, so that a page does not ask
# the shared cache for each of them: their keys carry the generation, read once a request.
_local = LocalCopies(entries=1000)


def is_shared():
    return not isinstance(caches["default"], LocMemCache)


def timeout():
    if is_shared():
        return getattr(settings, "PAGE_CACHE_SECONDS", 600)
    return getattr(settings, "PAGE_CACHE_LOCAL_SECONDS", 60)


def generation():
    return remembered(GENERATION_KEY, _read_generation)


def _read_generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        first = _unused_generation()
        cache.add(GENERATION_KEY, first, timeout=None)
        value = cache.get(GENERATION_KEY, first)
    return value


def _unused_generation():
    """A number never used before, where the cache lost the generation (emptied, restarted):
    no worker's own copies (``_local``) of the lost fragments are taken for new ones."""
    return secrets.randbits(48)


def invalidate():
    """Forget every cached page (called after a publish, an unpublish, a move, a rename...)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there: the cache was emptied
        cache.set(GENERATION_KEY, _unused_generation(), timeout=None)
    forget(GENERATION_KEY)


def until_content_changes(name, build, keep_none=True):
    """``build()``, computed once per content generation and shared by every request.

    For what every visitor sees alike (menus, breadcrumbs, facet labels): the
    next visible change bumps the generation, so it is never older than the
    content. Never for anything that depends on who asks. ``keep_none=False``
    builds a None answer again next time (an address that leads nowhere, which
    anyone may vary at will, is not worth a place in the cache).
    """
    key = f"ancora:fragment:{generation()}:{name}"
    cached = _local.get(key)
    if cached is None:
        cached = cache.get(key)
        if cached is None:
            cached = (build(),)  # in a tuple, so that None is kept too
            if not keep_none and cached[0] is None:
                return None
            cache.set(key, cached, timeout())
        _local.keep(key, cached, timeout())
    return cached[0]


def key_for(request, language):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"ancora:page:{generation()}:{language}:{request.scheme}:{request.get_host()}:{digest}"
