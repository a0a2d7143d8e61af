"""``search_index rebuild|status|check|sync``: keep the search index honest.

rebuild  re-creates every document from the live pages; with a cluster, into a
         new index that replaces the old one in one alias swap.
status   says what is indexed, where, and what is still pending.
check    compares pages, database documents and the cluster, and repairs drift;
         a cluster that lost its index gets a new one from the database documents.
sync     sends the cluster the changes it missed (cheap: schedule it often).

Whatever they change, the page cache forgets, so no page shows the old hits.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count

from wagtail.models import Page

from elasticsearch import TransportError
from elasticsearch.helpers import BulkIndexError

from kb.pagecache.store import invalidate as invalidate_page_cache
from search import breaker, cluster, health, indexing, similar
from search.documents import Vocabulary
from search.models import ElasticRemoval, SearchDocument

CHUNK = indexing.BATCH


class Progress:
    """A one-line progress bar with pages per second and the time left."""

    def __init__(self, out, total, label):
        self.out, self.total, self.label = out, total, label
        self.started = time.monotonic()
        self.tty = getattr(out, "isatty", lambda: False)()

    def show(self, done, final=False):
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = done / elapsed
        left = (self.total - done) / rate if rate else 0
        width = 30
        filled = int(width * done / self.total) if self.total else width
        line = (
            f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} "
            f"{rate:.1f} pages/s ETA {time.strftime('%H:%M:%S', time.gmtime(left))}"
        )
        if self.tty and not final:
            self.out.write("\r" + line, ending="")
            self.out.flush()
        elif final or done % (CHUNK * 5) == 0:
            self.out.write(("\r" if self.tty else "") + line)


class Command(BaseCommand):
    help = "Rebuild, inspect or repair the search index."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "status", "check", "sync"])

    def handle(self, *args, action, **options):
        # Not ``check``: BaseCommand.check() runs the system checks before any action.
        actions = {
            "rebuild": self.rebuild,
            "status": self.status,
            "check": self.check_index,
            "sync": self.sync,
        }
        actions[action]()

    def rebuild(self):
        page_ids = _page_ids()
        progress = Progress(self.stdout, len(page_ids), "Indexing")
        vocabulary = Vocabulary()
        with transaction.atomic():
            SearchDocument.objects.all().delete()
            for start in range(0, len(page_ids), CHUNK):
                chunk = page_ids[start : start + CHUNK]
                indexing.index_pages(chunk, vocabulary, refresh_similar=False)
                progress.show(start + len(chunk))
            progress.show(len(page_ids), final=True)
            similar.refresh_all()
            ElasticRemoval.objects.all().delete()
        indexing.refresh_statistics()
        count = SearchDocument.objects.count()
        self.stdout.write(self.style.SUCCESS(f"Database index: {count} documents."))
        invalidate_page_cache()
        if cluster.enabled():
            self.rebuild_cluster(count)

    def rebuild_cluster(self, count):
        try:
            name = cluster.create_index()
            progress = Progress(self.stdout, count, "Sending")
            sent = 0
            rows = SearchDocument.objects.order_by("pk").values_list("pk", "payload")
            last = 0
            while batch := list(rows.filter(pk__gt=last)[: cluster.BATCH]):
                cluster.push((payload for _pk, payload in batch), index=name)
                last = batch[-1][0]
                sent += len(batch)
                progress.show(sent)
            progress.show(sent, final=True)
            cluster.swap_alias(name)
            SearchDocument.objects.update(elastic_synced=True)
            ElasticRemoval.objects.all().delete()
        except (TransportError, BulkIndexError) as error:
            raise CommandError(
                f"The search cluster could not be rebuilt ({error}); the database index is "
                "complete and answers searches meanwhile. Run `search_index check` later."
            ) from error
        self.cluster_changed()
        self.stdout.write(self.style.SUCCESS(f"Cluster index {name} now serves {cluster.alias()}."))

    def cluster_changed(self):
        """The cluster answers again, complete: searches go back to it at once."""
        breaker.close()
        health.forget()
        invalidate_page_cache()

    def status(self):
        total = SearchDocument.objects.count()
        self.stdout.write(f"Database index: {total} documents")
        rows = (
            SearchDocument.objects.values("type", "lang", "visibility")
            .annotate(n=Count("pk"))
            .order_by("type", "lang", "visibility")
        )
        for row in rows:
            self.stdout.write(
                f"  {row['type']:<12} {row['lang']:<3} {row['visibility']:<8} {row['n']}"
            )
        if not cluster.enabled():
            self.stdout.write("Engine: database (no ELASTICSEARCH_URL)")
            return
        pending = SearchDocument.objects.filter(elastic_synced=False).count()
        removals = ElasticRemoval.objects.count()
        self.stdout.write(f"Engine: elastic, alias {cluster.alias()}")
        self.stdout.write(f"Pending: {pending} to send, {removals} to remove")
        try:
            indices = cluster.current_indices()
            stored = cluster.client().count(index=cluster.alias())["count"] if indices else 0
        except TransportError as error:
            self.stdout.write(self.style.WARNING(f"Cluster unreachable: {error}"))
            return
        self.stdout.write(f"Cluster: {', '.join(indices) or 'no index'}, {stored} documents")

    def check_index(self):
        repaired = self.check_database()
        if cluster.enabled():
            repaired += self.check_cluster()
        if repaired:
            invalidate_page_cache()
        message = f"Repaired {repaired} difference(s)." if repaired else "No drift."
        self.stdout.write(self.style.SUCCESS(message))

    def check_database(self):
        """Live pages versus database documents, repaired one batch of pages at a time."""
        vocabulary = Vocabulary()
        stored = dict(SearchDocument.objects.values_list("key", "checksum"))
        built, missing, changed = set(), 0, 0
        page_ids = _page_ids()
        for start in range(0, len(page_ids), CHUNK):
            batch = indexing.build_batch(page_ids[start : start + CHUNK], vocabulary)
            documents = [document for found in batch.values() for document in found]
            built.update(document["key"] for document in documents)
            drifted = [doc for doc in documents if stored.get(doc["key"]) != doc["checksum"]]
            missing += sum(doc["key"] not in stored for doc in drifted)
            changed += sum(doc["key"] in stored for doc in drifted)
            indexing.store(drifted)
        stale = [key for key in stored if key not in built]
        self.stdout.write(f"Database: {missing} missing, {changed} outdated, {len(stale)} stale")
        SearchDocument.objects.filter(key__in=stale).delete()
        return missing + changed + len(stale)

    def check_cluster(self):
        """Database documents versus the cluster."""
        try:
            if not cluster.current_indices():
                self.stdout.write("Cluster: no index, rebuilt from the database documents")
                count = SearchDocument.objects.count()
                self.rebuild_cluster(count)
                return count
            indexed = cluster.indexed_checksums()
            stored = dict(SearchDocument.objects.values_list("key", "checksum"))
            outdated = [key for key, checksum in stored.items() if indexed.get(key) != checksum]
            extra = [key for key in indexed if key not in stored]
            self.stdout.write(f"Cluster: {len(outdated)} missing or outdated, {len(extra)} extra")
            SearchDocument.objects.filter(key__in=outdated).update(elastic_synced=False)
            for key in extra:
                ElasticRemoval.objects.get_or_create(key=key)
            cluster.sync_pending()
        except (TransportError, BulkIndexError) as error:
            raise CommandError(
                f"The search cluster is unreachable ({error}); the changes stay pending."
            ) from error
        self.cluster_changed()
        return len(outdated) + len(extra)

    def sync(self):
        if not cluster.enabled():
            self.stdout.write("Engine: database (no ELASTICSEARCH_URL), nothing to send")
            return
        try:
            sent, removed = cluster.sync_pending()
        except (TransportError, BulkIndexError, cluster.IndexMissing) as error:
            raise CommandError(
                f"The changes stay pending: {error}. Run `search_index check` once it answers."
            ) from error
        if sent or removed:
            self.cluster_changed()
        self.stdout.write(self.style.SUCCESS(f"Sent {sent}, removed {removed}."))


def _page_ids():
    """Every page below the site roots, in tree order."""
    return list(Page.objects.filter(depth__gt=2).order_by("path").values_list("pk", flat=True))
