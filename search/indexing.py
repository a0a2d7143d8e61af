"""Writing documents to the database index, and from there to the cluster.

``index_pages`` and ``remove_pages`` are what the tasks run. The database is
written first and always; the cluster is then brought up to date, and when
it cannot be reached the change simply stays pending (see ``cluster``).
"""

from django.db import transaction
from django.db.models import Q
from django.utils.dateparse import parse_datetime

from wagtail.models import Page

from . import cluster, facets
from .documents import GlossaryNames, build_page_documents
from .engines.database import text_backend
from .models import ElasticRemoval, SearchDocument, SearchFacetValue, SearchGlossaryLink


def index_pages(page_ids, glossary=None, sync=True):
    """Re-build the documents of these pages; pages no longer searchable lose theirs."""
    glossary = glossary or GlossaryNames()
    pages = Page.objects.filter(pk__in=list(page_ids)).specific()
    found = set()
    for page in pages:
        found.add(page.pk)
        store_page_documents(page.pk, build_page_documents(page, glossary))
    missing = set(page_ids) - found
    if missing:
        SearchDocument.objects.filter(page_id__in=missing).delete()
    if sync:
        cluster.try_sync_pending()


def remove_pages(page_ids, sync=True):
    SearchDocument.objects.filter(page_id__in=list(page_ids)).delete()
    if sync:
        cluster.try_sync_pending()


@transaction.atomic
def store_page_documents(page_id, documents):
    """Upsert the page's documents, drop those it no longer has; unchanged ones are left alone."""
    keys = [doc["key"] for doc in documents]
    SearchDocument.objects.filter(page_id=page_id).exclude(key__in=keys).delete()
    current = dict(
        SearchDocument.objects.filter(key__in=keys).values_list("key", "checksum").iterator()
    )
    for document in documents:
        if current.get(document["key"]) != document["checksum"]:
            store(document)


def store(document):
    row, _created = SearchDocument.objects.update_or_create(
        key=document["key"],
        defaults={
            "page_id": document["page_id"],
            "translation_key": document["translation_key"],
            "type": document["type"],
            "lang": document["lang"],
            "visibility": document["visibility"],
            "title": document["title"][:255],
            "summary": document["summary"],
            "body": document["body"],
            "extra": " ".join(text for texts in document["extra"].values() for text in texts),
            "url": document["url"],
            "date": parse_datetime(document["date"]) if document["date"] else None,
            "payload": document,
            "checksum": document["checksum"],
            "elastic_synced": False,
        },
    )
    row.facet_values.all().delete()
    SearchFacetValue.objects.bulk_create(
        SearchFacetValue(document=row, facet=facet.name, value=value)
        for facet in facets.TAXONOMY_FACETS
        for value in facets.values_of(document, facet)
    )
    row.glossary_links.all().delete()
    SearchGlossaryLink.objects.bulk_create(
        SearchGlossaryLink(document=row, term_slug=slug) for slug in document["glossary_terms"]
    )
    ElasticRemoval.objects.filter(key=row.key).delete()
    text_backend().add(row)
    return row


def forget(document):
    """A document row is gone: the cluster must drop it too."""
    if cluster.enabled():
        ElasticRemoval.objects.get_or_create(key=document.key)


def translation_group(page_ids):
    """The pages and all their translations, since each carries the others' titles."""
    keys = Page.objects.filter(pk__in=list(page_ids)).values("translation_key")
    return set(page_ids) | set(
        Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
    )


def pages_carrying(facet_name, slugs):
    return set(
        SearchFacetValue.objects.filter(facet=facet_name, value__in=list(slugs)).values_list(
            "document__page_id", flat=True
        )
    )


def pages_naming(term, old_slug=None):
    """Pages whose documents name a glossary term (by its current names or its old slug)."""
    slugs = {term.slug, old_slug} - {None}
    linked = set(
        SearchGlossaryLink.objects.filter(term_slug__in=slugs).values_list(
            "document__page_id", flat=True
        )
    )
    condition = Q()
    for name in term.all_names:
        condition |= Q(title__icontains=name) | Q(summary__icontains=name)
        condition |= Q(body__icontains=name)
    named = set(SearchDocument.objects.filter(condition).values_list("page_id", flat=True))
    from kb.glossary.models import GlossaryPage

    glossaries = set(GlossaryPage.objects.live().values_list("pk", flat=True))
    return linked | named | glossaries
