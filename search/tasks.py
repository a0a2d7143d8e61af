"""Background work of the search index (run immediately in tests and by default).

Indexing writes the database; the cluster then catches up in a task of its
own, so no request waits for the cluster.
"""

from django_tasks import task

from . import cluster, indexing


@task()
def index_pages_task(page_ids):
    indexing.index_pages(page_ids)
    _catch_up()


@task()
def remove_pages_task(page_ids):
    indexing.remove_pages(page_ids)
    _catch_up()


@task()
def sync_cluster_task():
    """Send the cluster what it missed, e.g. while it was unreachable."""
    result = cluster.try_sync_pending()
    return list(result) if result else None


def _catch_up():
    if cluster.enabled():
        sync_cluster_task.enqueue()
