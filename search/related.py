"""Practices related to a sheet or to a piece of text.

On the cluster a sheet's neighbours come from more-like-this on its text; on
the database engine from the facet values it shares with other sheets. Text
(an intervision case question) goes through the ordinary search with any of
its longer words. Each result is shown in the reader's language when it exists.
"""

import logging

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import Q as DslQ
from elasticsearch.dsl import Search

from . import breaker, cluster, engines
from .documents import PUBLIC
from .engines.elastic import BOOSTS
from .models import SearchDocument, SearchFacetValue
from .query import SearchQuery
from .text import query_words

logger = logging.getLogger("ancora.search")

MIN_WORD_LENGTH = 4
SHARED_FACETS = ("domain", "project", "city", "level", "target", "phase", "empowerment", "tag")
#: Sheets read per facet value: all those of a rare value, a sample of a common one.
HOLDERS_PER_VALUE = 40


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
    return _practices(_sheets_for_keys([hit.key for hit in answer.result.hits]), language)


def related_to_practice(page, limit=4):
    """Sheets like this one, never the sheet itself or its translations."""
    language = page.locale.language_code
    if cluster.enabled() and breaker.allows():
        try:
            keys = _more_like_this(page, limit)
        except (TransportError, ApiError) as error:
            if breaker.is_fault(error):
                breaker.trip()
            logger.warning("Related practices from the database, cluster unavailable: %s", error)
        else:
            breaker.close()
            return _practices(_sheets_for_keys(keys), language)
    return _practices(_sharing_facets(page, limit), language)


def _more_like_this(page, limit):
    """Document keys of the cluster's nearest public sheets, [] if the sheet is not indexed."""
    document = SearchDocument.objects.filter(key=f"page:{page.pk}").first()
    if document is None:
        return []
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


def _sharing_facets(page, limit):
    """(translation key, page id) of the public sheets sharing the most facet values with ``page``.

    Reading every sheet that shares a value would grow with the corpus, so the
    candidates are a bounded sample: all the sheets of the sheet's rare values
    and some of its common ones. Only the candidates are then ranked.
    """
    own = list(
        SearchFacetValue.objects.filter(
            document__key=f"page:{page.pk}", facet__in=SHARED_FACETS
        ).values_list("facet", "value")
    )
    if not own:
        return []
    candidates = _candidates(own, str(page.translation_key))
    same_values = Q()
    for facet, value in own:
        same_values |= Q(facet=facet, value=value)
    ranked = (
        SearchFacetValue.objects.filter(same_values, document_id__in=candidates)
        .values("document__translation_key", "document__page_id")
        .annotate(shared=Count("pk"))
        .order_by("-shared", "-document__date", "document__translation_key", "document__page_id")
    )[: limit * len(settings.LANGUAGES)]  # enough rows for ``limit`` groups of translations
    return _first_of_each_group(
        [(row["document__translation_key"], row["document__page_id"]) for row in ranked], limit
    )


def _candidates(own, translation_key):
    """Ids of documents holding each value, at most ``HOLDERS_PER_VALUE`` per value, in one query.

    Each value is its own limited subquery, so the database reads a bounded
    number of rows through the (facet, value) index whatever the corpus size.
    """
    parts, params = [], []
    for facet, value in own:
        holders = (
            SearchFacetValue.objects.filter(
                facet=facet, value=value, document__type="practice", document__visibility=PUBLIC
            )
            .exclude(document__translation_key=translation_key)
            .order_by()
            .values("document_id")[:HOLDERS_PER_VALUE]
        )
        sql, holder_params = holders.query.sql_with_params()
        parts.append(f"SELECT * FROM ({sql}) holders")  # noqa: S608 - ORM SQL, values are params
        params.extend(holder_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ".join(parts), params)
        return [row[0] for row in cursor.fetchall()]


def _sheets_for_keys(keys):
    """(translation key, page id) of the documents with these keys, in the same order."""
    rows = SearchDocument.objects.filter(key__in=keys).values_list(
        "key", "translation_key", "page_id"
    )
    found = {key: (group, page_id) for key, group, page_id in rows}
    return [found[key] for key in keys if key in found]


def _first_of_each_group(sheets, limit):
    """The first sheet of each translation group, in order, up to ``limit``."""
    seen, firsts = set(), []
    for group, page_id in sheets:
        if group not in seen:
            seen.add(group)
            firsts.append((group, page_id))
    return firsts[:limit]


def _practices(sheets, language):
    """Practice pages for (translation key, page id) pairs, in ``language`` where one is live."""
    from practices.models import PracticePage

    if not sheets:
        return []
    translations = (
        PracticePage.objects.live()
        .public()
        .filter(translation_key__in=[group for group, _page_id in sheets])
        .select_related("project__city", "locale")
        .prefetch_related("life_domains")
    )
    by_id, local = {}, {}
    for page in translations:
        by_id[page.pk] = page
        if page.locale.language_code == language:
            local[str(page.translation_key)] = page
    shown = [local.get(group) or by_id.get(page_id) for group, page_id in sheets]
    return [page for page in shown if page is not None]
