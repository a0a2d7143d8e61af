"""Background work of the search index (run immediately in tests and by default)."""

from django_tasks import task

from . import cluster, indexing


@task()
def index_pages_task(page_ids):
    indexing.index_pages(page_ids)


@task()
def remove_pages_task(page_ids):
    indexing.remove_pages(page_ids)


@task()
def sync_cluster_task():
    """Send the cluster what it missed while it was unreachable."""
    result = cluster.try_sync_pending()
    return list(result) if result else None
