"""Practices related to a sheet or to a piece of text.

On the cluster a sheet's neighbours come from more-like-this on its text; on
the database engine from the facet values it shares with other sheets. Text
(an intervision case question) goes through the ordinary search with any of
its longer words. Each result is shown in the reader's language when it exists.
"""

import logging

from django.db.models import Count, Max, Q

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import Q as DslQ
from elasticsearch.dsl import Search

from . import cluster, engines
from .documents import PUBLIC
from .engines.elastic import BOOSTS
from .models import SearchDocument, SearchFacetValue
from .query import SearchQuery
from .text import query_words

logger = logging.getLogger("ancora.search")

MIN_WORD_LENGTH = 4
SHARED_FACETS = ("domain", "project", "city", "level", "target", "phase", "empowerment", "tag")


def practices_for_text(text, locale, limit=6):
    """Live practice sheets matching any of the longer words of ``text``."""
    words = [word for word in query_words(text) if len(word) >= MIN_WORD_LENGTH]
    if not words:
        return []
    language = getattr(locale, "language_code", None) or str(locale or "en")
    query = SearchQuery(
        text=" ".join(words),
        filters={"type": ["practice"]},
        per_page=limit,
        language=language,
        operator="or",
    )
    answer = engines.run(query)
    return _practices([hit.key for hit in answer.result.hits], language)


def related_to_practice(page, limit=4):
    """Sheets like this one, never the sheet itself or its translations."""
    document = SearchDocument.objects.filter(key=f"page:{page.pk}").first()
    if document is None:
        return []
    language = page.locale.language_code
    keys = None
    if cluster.enabled():
        try:
            keys = _more_like_this(document, limit)
        except (TransportError, ApiError) as error:
            logger.warning("Related practices from the database, cluster unavailable: %s", error)
    if keys is None:
        keys = _sharing_facets(document, limit)
    return _practices(keys, language)


def _more_like_this(document, limit):
    fields = [f"{part}_{code}" for part in BOOSTS for code in document.payload["extra"]]
    search = (
        Search(using=cluster.client(), index=cluster.alias())
        .query(
            DslQ(
                "bool",
                must=[
                    DslQ(
                        "more_like_this",
                        fields=fields,
                        like=[{"_index": cluster.alias(), "_id": document.key}],
                        min_term_freq=1,
                        min_doc_freq=1,
                    )
                ],
                filter=[DslQ("term", type="practice"), DslQ("term", visibility=PUBLIC)],
                must_not=[DslQ("term", translation_key=document.translation_key)],
            )
        )
        .extra(collapse={"field": "translation_key"})
        .source(["key"])[:limit]
    )
    return [hit.meta.id for hit in search.execute()]


def _sharing_facets(document, limit):
    """Groups of public sheets ranked by how many facet values they share with ``document``."""
    own = SearchFacetValue.objects.filter(document=document, facet__in=SHARED_FACETS)
    same_values = Q()
    for facet, value in own.values_list("facet", "value"):
        same_values |= Q(facet=facet, value=value)
    if not same_values:
        return []
    shared = (
        SearchFacetValue.objects.filter(
            same_values, document__type="practice", document__visibility=PUBLIC
        )
        .exclude(document__translation_key=document.translation_key)
        .values("document__translation_key")
        .annotate(shared=Count("pk"), newest=Max("document__date"), key=Max("document__key"))
        .order_by("-shared", "-newest", "document__translation_key")[:limit]
    )
    return [row["key"] for row in shared]


def _practices(keys, language):
    """Practice pages for document keys, in ``language`` where a translation is published."""
    from practices.models import PracticePage

    documents = list(SearchDocument.objects.filter(key__in=keys))
    order = {key: position for position, key in enumerate(keys)}
    documents.sort(key=lambda doc: order[doc.key])
    groups = [doc.translation_key for doc in documents]
    local = dict(
        SearchDocument.objects.filter(translation_key__in=groups, lang=language).values_list(
            "translation_key", "page_id"
        )
    )
    page_ids = [local.get(doc.translation_key, doc.page_id) for doc in documents]
    pages = PracticePage.objects.live().public().filter(pk__in=page_ids)
    pages = {
        page.pk: page
        for page in pages.select_related("project__city", "locale").prefetch_related("life_domains")
    }
    return [pages[pk] for pk in page_ids if pk in pages]
