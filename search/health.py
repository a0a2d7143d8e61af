"""Is the cluster's index whole? A search never answers from a partial one.

Only a rebuild creates the index. A cluster that lost it, or came back empty,
holds fewer documents than the database has marked as sent; searches then
answer from the database, with the fallback notice, until ``search_index
check`` (or a rebuild) repairs it. The verdict is cached briefly, so a search
rarely costs an extra request.
"""

from django.core.cache import cache

from . import cluster
from .models import SearchDocument

VERDICT = "ancora:search-index:complete"
CHECK_SECONDS = 60


def index_is_complete():
    verdict = cache.get(VERDICT)
    if verdict is None:
        verdict = measure()
        cache.set(VERDICT, verdict, CHECK_SECONDS)
    return verdict


def measure():
    """The alias exists and holds at least every document the database marked as sent."""
    if not cluster.current_indices():
        return False
    stored = cluster.client().count(index=cluster.alias())["count"]
    return stored >= SearchDocument.objects.filter(elastic_synced=True).count()


def forget():
    """After a rebuild or a repair: the next search measures again."""
    cache.delete(VERDICT)
