"""The Elasticsearch side: client, index definition, alias swaps and catching up.

The database table of documents is the source of truth. Every change is
written there first and marked as not yet sent; ``sync_pending`` sends what
the cluster misses, so an outage only delays search, it never loses a change.
"""

import logging
import time
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from elasticsearch import Elasticsearch, NotFoundError, TransportError, helpers
from elasticsearch.dsl import Date as DateField
from elasticsearch.dsl import Document, Index, Keyword, Text

from . import breaker, facets
from .audience import AUDIENCE
from .documents import LANGUAGES
from .models import ElasticRemoval, SearchDocument

logger = logging.getLogger("ancora.search")

BATCH = 100
TEXT_PARTS = ("title", "summary", "body", "extra")


def enabled():
    return bool(settings.ELASTICSEARCH_URL)


def alias():
    return settings.ELASTICSEARCH_INDEX


def client():
    return _client(
        settings.ELASTICSEARCH_URL,
        float(settings.ELASTICSEARCH_TIMEOUT),
        settings.ELASTICSEARCH_NODE_CLASS,
    )


@cache
def _client(url, timeout, node_class):
    options = {"request_timeout": timeout, "max_retries": 0, "retry_on_timeout": False}
    if node_class:
        options["node_class"] = import_string(node_class)
    return Elasticsearch(hosts=[url], **options)


KEYWORDS = ("key", "translation_key", "visibility", "checksum", "url")


def document_class():
    """The cluster's document: keyword facets, analysed terms deciding matches, and
    one field per language and text part for ranking, analysed in that language."""
    fields = {name: Keyword() for name in KEYWORDS}
    fields.update((facet.name, Keyword()) for facet in facets.FACETS)
    fields[AUDIENCE] = Keyword()
    fields["date"] = DateField()
    # The terms of search.analysis, already analysed: the cluster only splits them.
    fields["index_all"] = Text(analyzer="whitespace")
    fields["index_title"] = Text(analyzer="whitespace")
    analyzers = settings.ELASTICSEARCH_ANALYZERS
    for code in LANGUAGES:
        for part in TEXT_PARTS:
            fields[f"{part}_{code}"] = Text(analyzer=analyzers.get(code, "standard"))
    return type("IndexedDocument", (Document,), fields)


def new_index_name():
    return f"{alias()}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 100000}"


def create_index():
    """A new, empty concrete index with today's mapping; returns its name."""
    name = new_index_name()
    index = Index(name, using=client())
    index.settings(number_of_shards=1)
    index.document(document_class())
    index.create()
    return name


def current_indices():
    try:
        return sorted(client().indices.get_alias(name=alias()).keys())
    except NotFoundError:
        return []


def swap_alias(new_index):
    """Point the alias at ``new_index`` in one atomic step, then drop the old indices."""
    old = current_indices()
    actions = [{"remove": {"index": name, "alias": alias()}} for name in old]
    actions.append({"add": {"index": new_index, "alias": alias()}})
    client().indices.update_aliases(actions=actions)
    for name in old:
        if name != new_index:
            client().indices.delete(index=name, ignore_unavailable=True)


def source(document):
    """The cluster's version of a flat document."""
    body = {name: document[name] for name in (*KEYWORDS, "date")}
    terms = document.get("index", {"title": [], "body": []})
    body["index_title"] = " ".join(terms["title"])
    body["index_all"] = " ".join([*terms["title"], *terms["body"]])
    for facet in facets.FACETS:
        body[facet.name] = facets.values_of(document, facet)
    body[AUDIENCE] = document.get(AUDIENCE, [])
    lang = document["lang"]
    for part in ("title", "summary", "body"):
        body[f"{part}_{lang}"] = document[part]
    for code, texts in document["extra"].items():
        body[f"extra_{code}"] = " ".join(texts)
    return body


def push(documents, index=None):
    """Index flat documents (dicts) into ``index`` or the alias."""
    actions = (
        {"_index": index or alias(), "_id": doc["key"], "_source": source(doc)} for doc in documents
    )
    helpers.bulk(client(), actions, chunk_size=BATCH, refresh=False)


def delete(keys):
    actions = ({"_op_type": "delete", "_index": alias(), "_id": key} for key in keys)
    _ok, errors = helpers.bulk(client(), actions, raise_on_error=False, refresh=False)
    real = [error for error in errors if error.get("delete", {}).get("status") != 404]
    if real:
        raise helpers.BulkIndexError(f"{len(real)} document(s) failed to delete", real)


class IndexMissing(Exception):
    """The alias names no index: only a rebuild creates one, never a sync."""


def sync_pending():
    """Send the cluster every change it has not received; returns (sent, removed)."""
    if not current_indices():
        raise IndexMissing(f"no index behind {alias()}; run `search_index rebuild`")
    sent = 0
    pending = SearchDocument.objects.filter(elastic_synced=False).order_by("pk")
    while batch := list(pending.values("pk", "payload", "checksum")[:BATCH]):
        push(row["payload"] for row in batch)
        for row in batch:
            SearchDocument.objects.filter(pk=row["pk"], checksum=row["checksum"]).update(
                elastic_synced=True
            )
        sent += len(batch)
        pending = pending.filter(pk__gt=batch[-1]["pk"])
    removals = list(ElasticRemoval.objects.values_list("key", flat=True))
    if removals:
        delete(removals)
        ElasticRemoval.objects.filter(key__in=removals).delete()
    return sent, len(removals)


def try_sync_pending():
    """Catch up if the cluster answers; an outage only leaves the work pending.

    While the breaker is open the cluster is not even asked, so a hung cluster
    costs a publish nothing.
    """
    if not enabled() or not breaker.allows():
        return None
    try:
        result = sync_pending()
    except (TransportError, helpers.BulkIndexError, IndexMissing) as error:
        if breaker.is_fault(error):
            breaker.trip()
        logger.warning("Search cluster unreachable, changes kept pending: %s", error)
        return None
    breaker.close()
    return result


def has_pending():
    return (
        SearchDocument.objects.filter(elastic_synced=False).exists()
        or ElasticRemoval.objects.exists()
    )


def indexed_checksums():
    """Key -> checksum of every document in the cluster."""
    response = helpers.scan(
        client(), index=alias(), query={"query": {"match_all": {}}}, _source=["checksum"]
    )
    return {hit["_id"]: hit["_source"].get("checksum", "") for hit in response}
