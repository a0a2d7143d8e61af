"""Writing documents to the database index, from which the cluster catches up.

``index_pages`` and ``remove_pages`` are what the tasks run. The database is
written first and always, with the similar documents of what changed; the
cluster is brought up to date by a task of its own, and when it cannot be
reached the change simply stays pending (see ``cluster``).
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from wagtail.models import Page

from . import cluster, facets, registry, similar
from .analysis import analyse, vocabulary_words
from .analysis.lexicon import VOCABULARY
from .audience import AUDIENCE
from .documents import Vocabulary, build_documents
from .engines.fulltext import text_backend
from .models import (
    ElasticRemoval,
    SearchDocument,
    SearchFacetValue,
    SearchGlossaryLink,
    SearchTitleTerm,
    SearchWord,
)
from .text import fold

# Pages built and written together: the queries per batch stay the same whatever its size.
BATCH = 200
# What rewriting a document changes: every column but its id and key.
ROW_FIELDS = [
    field.name
    for field in SearchDocument._meta.concrete_fields
    if not field.primary_key and field.name != "key"
]


def index_pages(page_ids, vocabulary=None, refresh_similar=True):
    """Re-build the documents of these pages; pages no longer searchable lose theirs.

    A rebuild works out every similar list once at the end instead
    (``refresh_similar=False``).
    """
    page_ids = list(page_ids)
    vocabulary = vocabulary or Vocabulary()
    naming = similar.listing(_documents_of(page_ids)) if refresh_similar else set()
    for start in range(0, len(page_ids), BATCH):
        index_batch(page_ids[start : start + BATCH], vocabulary)
    if refresh_similar:
        similar.refresh(naming | _documents_of(page_ids))


def _documents_of(page_ids):
    return set(SearchDocument.objects.filter(page_id__in=page_ids).values_list("pk", flat=True))


@transaction.atomic
def index_batch(page_ids, vocabulary):
    """One transaction for the batch: SQLite commits once, not once per page."""
    documents = build_batch(page_ids, vocabulary)
    store_page_documents(documents)
    missing = set(page_ids) - documents.keys()
    if missing:
        SearchDocument.objects.filter(page_id__in=missing).delete()


def build_batch(page_ids, vocabulary):
    """The documents of these pages by page id; pages that no longer exist are absent."""
    pages = (
        Page.objects.filter(pk__in=page_ids)
        .select_related("locale", for_specific_subqueries=True)
        .specific()
    )
    return build_documents(list(pages), vocabulary)


def remove_pages(page_ids):
    page_ids = list(page_ids)
    naming = similar.listing(_documents_of(page_ids))
    SearchDocument.objects.filter(page_id__in=page_ids).delete()
    similar.refresh(naming)


def store_page_documents(documents_by_page):
    """Upsert the pages' documents and drop those they no longer have; unchanged ones stay."""
    documents = [document for found in documents_by_page.values() for document in found]
    keys = [document["key"] for document in documents]
    pages = list(documents_by_page)
    SearchDocument.objects.filter(page_id__in=pages).exclude(key__in=keys).delete()
    current = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "checksum"))
    store([doc for doc in documents if current.get(doc["key"]) != doc["checksum"]])


@transaction.atomic
def store(documents):
    """Write these documents, with their facet values, glossary links and full-text entries."""
    if not documents:
        return
    lexicon = learn_words(documents)
    for document in documents:
        document["index"] = index_terms(document, lexicon)
    keys = [document["key"] for document in documents]
    existing = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "pk"))
    now = timezone.now()
    rows = [_row(document, existing.get(document["key"]), now) for document in documents]
    changed = [row for row in rows if row.pk is not None]
    SearchDocument.objects.bulk_update(changed, ROW_FIELDS)
    SearchDocument.objects.bulk_create([row for row in rows if row.pk is None])
    if changed:
        SearchFacetValue.objects.filter(document__in=changed).delete()
        SearchGlossaryLink.objects.filter(document__in=changed).delete()
        SearchTitleTerm.objects.filter(document__in=changed).delete()
    SearchFacetValue.objects.bulk_create(
        SearchFacetValue(document=row, facet=name, value=value)
        for row, document in zip(rows, documents, strict=True)
        for name, values in _stored_values(document)
        for value in values
    )
    SearchGlossaryLink.objects.bulk_create(
        SearchGlossaryLink(document=row, term_slug=slug)
        for row, document in zip(rows, documents, strict=True)
        for slug in document["glossary_terms"]
    )
    SearchTitleTerm.objects.bulk_create(
        SearchTitleTerm(document=row, term=term[:100])
        for row, document in zip(rows, documents, strict=True)
        for term in sorted(set(document["index"]["title"]))
    )
    ElasticRemoval.objects.filter(key__in=keys).delete()
    text_backend().add_bulk(SearchDocument, rows)


def _stored_values(document):
    """(name, values) kept as facet value rows: the taxonomy facets, and the audience."""
    for facet in facets.TAXONOMY_FACETS:
        yield facet.name, facets.values_of(document, facet)
    yield AUDIENCE, document.get(AUDIENCE, [])


def _texts_by_language(document):
    """(text, language) of everything a document says, each in the language it is written in."""
    lang = document["lang"]
    yield document["summary"], lang
    yield document["body"], lang
    for code, texts in document["extra"].items():
        for text in texts:
            yield text, code


def learn_words(documents):
    """Add the documents' words to the index's vocabulary; returns the vocabulary to analyse with.

    Learnt before the documents are analysed, so a compound is split against
    words of its own batch too.
    """
    pairs = set()
    for document in documents:
        pairs.update(
            (word, document["lang"])
            for word in vocabulary_words(document["title"], document["lang"])
        )
        for text, code in _texts_by_language(document):
            pairs.update((word, code) for word in vocabulary_words(text, code))
    known = VOCABULARY.get()
    new = [pair for pair in pairs if pair[1] not in known.languages_of.get(pair[0], ())]
    if new:
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, lang=lang) for word, lang in new], ignore_conflicts=True
        )
        VOCABULARY.changed(update=lambda lexicon: lexicon.add(new))
    return VOCABULARY.get()


def index_terms(document, lexicon):
    """The analysed terms of a document's title and of the rest of its text."""
    text = []
    for part, code in _texts_by_language(document):
        text.extend(analyse(part, code, lexicon))
    return {"title": analyse(document["title"], document["lang"], lexicon), "body": text}


def _row(document, pk, now):
    return SearchDocument(
        pk=pk,
        key=document["key"],
        page_id=document["page_id"],
        translation_key=document["translation_key"],
        type=document["type"],
        lang=document["lang"],
        visibility=document["visibility"],
        title=document["title"][:255],
        title_folded=fold(document["title"])[:255],
        summary=document["summary"],
        body=document["body"],
        extra=" ".join(text for texts in document["extra"].values() for text in texts),
        url=document["url"],
        date=parse_datetime(document["date"]) if document["date"] else None,
        payload=document,
        checksum=document["checksum"],
        elastic_synced=False,
        updated_at=now,
    )


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
    return linked | named | registry.glossary_page_ids()
