"""Writing documents to the database index, from which the cluster catches up.

``index_pages`` and ``remove_pages`` are what the tasks run. The database is
written first and always, with the similar documents of what changed; the
cluster is brought up to date by a task of its own, and when it cannot be
reached the change simply stays pending (see ``cluster``).
"""

from functools import cache

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from wagtail.models import Page

from kb.pagecache import store as pagecache

from . import cluster, facets, registry, similar
from .analysis import content_words, terms_of_words
from .analysis.lexicon import VOCABULARY
from .audience import AUDIENCE
from .documents import Vocabulary, build_documents
from .engines.fulltext import text_backend
from .models import (
    ElasticRemoval,
    SearchDocument,
    SearchFacetValue,
    SearchGlossaryLink,
    SearchTitleStart,
    SearchTitleTerm,
    SearchWord,
)
from .rows import insert_rows
from .text import fold
from .title_starts import starts

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
    (``refresh_similar=False``). Cached pages and browsing answers go once the
    change is committed: indexing runs after the publish that emptied them.
    """
    page_ids = list(page_ids)
    transaction.on_commit(pagecache.invalidate)
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
    transaction.on_commit(pagecache.invalidate)
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
    # Term names and translations' titles recur in most documents: each is read once.
    read = cache(content_words)
    words = [_words_of(document, read) for document in documents]
    lexicon = learn_words(words)
    for document, (title, rest) in zip(documents, words, strict=True):
        document["index"] = index_terms(title, rest, lexicon)
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
        SearchTitleStart.objects.filter(document__in=changed).delete()
    written = list(zip(rows, documents, strict=True))
    insert_rows(
        SearchFacetValue,
        ("document", "facet", "value"),
        (
            (row.pk, name, value)
            for row, document in written
            for name, values in _stored_values(document)
            for value in values
        ),
    )
    insert_rows(
        SearchGlossaryLink,
        ("document", "term_slug"),
        ((row.pk, slug) for row, document in written for slug in document["glossary_terms"]),
    )
    insert_rows(
        SearchTitleTerm,
        ("document", "term"),
        (
            (row.pk, term[:100])
            for row, document in written
            for term in sorted(set(document["index"]["title"]))
        ),
    )
    insert_rows(
        SearchTitleStart,
        ("document", "lang", "rank", "start", "visibility", "restricted", "translation_key"),
        (
            (
                row.pk,
                row.lang,
                rank,
                start,
                row.visibility,
                bool(document.get(AUDIENCE)),
                row.translation_key,
            )
            for row, document in written
            for rank, start in starts(row.title_folded, row.type)
        ),
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


def _words_of(document, read):
    """(content words, language) of the title, and of each other text, read by ``read``."""
    lang = document["lang"]
    title = (read(document["title"], lang), lang)
    return title, [(read(text, code), code) for text, code in _texts_by_language(document)]


def learn_words(words):
    """Add the documents' words to the index's vocabulary; returns the vocabulary to analyse with.

    Learnt before the documents are analysed, so a compound is split against
    words of its own batch too.
    """
    pairs = set()
    for title, rest in words:
        for content, code in (title, *rest):
            pairs.update((folded, code) for _word, folded in content)
    known = VOCABULARY.get()
    new = [pair for pair in pairs if pair[1] not in known.languages_of.get(pair[0], ())]
    if new:
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, lang=lang) for word, lang in new], ignore_conflicts=True
        )
        VOCABULARY.changed(update=lambda lexicon: lexicon.add(new))
    return VOCABULARY.get()


def index_terms(title, rest, lexicon):
    """The analysed terms of a document's title, of its summary and of all the rest.

    ``body`` holds the summary too, in the text's order; ``summary`` apart lets
    the ranking weigh what a sheet's summary says above its body.
    """
    body, summary = [], []
    for number, (content, code) in enumerate(rest):
        terms = terms_of_words(content, code, lexicon)
        body.extend(terms)
        if number == 0:
            summary = terms
    return {"title": terms_of_words(*title, lexicon), "summary": summary, "body": body}


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


def refresh_statistics():
    """Tell the database's query planner how the rebuilt search tables are spread (ANALYZE).

    Without statistics SQLite guesses: it picked the index on visibility (two
    values) over the translation key to find a hit's version in the reader's
    language, and so read every public document on each search.
    """
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in (SearchDocument, SearchFacetValue, SearchTitleStart):
            cursor.execute(f"ANALYZE {quote(model._meta.db_table)}")


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
