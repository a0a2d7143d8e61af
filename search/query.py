"""A search request and its results, the same whatever engine answers.

``SearchQuery.from_params`` turns any query string into a valid query:
unknown facet values, pages and sorts are dropped or corrected, never an
error. ``run_search`` asks the configured engine and then assembles what the
page and the JSON show, each hit in the reader's language where a
translation exists.
"""

import dataclasses
import math
import re
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import engines, facets, ranking
from .analysis import concepts as query_concepts
from .analysis.highlight import highlight
from .audience import reader_keys
from .documents import MEMBERS, PUBLIC
from .engines.base import EngineHit
from .models import SearchDocument
from .places import named_places
from .promotions import promoted_keys
from .text import clean_query, query_words
from .visibility import visible_documents

PER_PAGE = 10
MAX_PAGE = 1000
MAX_VALUES_PER_FACET = 30
MAX_VALUE_CHARS = 100
# Facet values are slugs; anything else (NUL bytes, markup, spaces) is never looked up.
SLUG = re.compile(r"[\w-]+")
SORTS = ("relevance", "newest")


@dataclass
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    members: bool = False
    language: str = "en"
    ignored: list = field(default_factory=list)
    operator: str = "and"
    # False when the reader asked for the words exactly as typed ("Search instead for").
    correct: bool = True
    # The reader's keys for documents with an audience (search.audience).
    audience: frozenset = frozenset()

    @property
    def words(self):
        return query_words(self.text)

    @cached_property
    def analysed(self):
        """The query's concepts, corrections and synonyms, read once per request."""
        return query_concepts.parse(self.text, self.language, correct=self.correct)

    @property
    def concepts(self):
        return self.analysed.concepts

    @cached_property
    def places(self):
        """(facet, slug) of the cities and regions the text names."""
        return named_places(self.text) if self.text else []

    @property
    def searched_text(self):
        """The text as searched: with the corrections, when any were made."""
        return self.analysed.corrected_text if self.analysed.corrected else self.text

    @property
    def offset(self):
        """How many results come before the requested page."""
        return (self.page - 1) * self.per_page

    @property
    def visibilities(self):
        return (PUBLIC, MEMBERS) if self.members else (PUBLIC,)

    @property
    def is_filtered(self):
        return bool(self.text or any(self.filters.values()))

    @classmethod
    def from_params(cls, params, user=None, language=None, per_page=PER_PAGE):
        """A valid query from request parameters; whatever is wrong is dropped or corrected."""
        filters, ignored = {}, []
        for facet in facets.FACETS:
            raw = [str(value).strip()[:MAX_VALUE_CHARS] for value in params.getlist(facet.param)]
            raw = list(dict.fromkeys(value for value in raw if value))[:MAX_VALUES_PER_FACET]
            known = facet.known([value for value in raw if SLUG.fullmatch(value)])
            ignored.extend(value for value in raw if value not in known)
            if known:
                filters[facet.name] = known
        text = clean_query(params.get("q", ""))
        sort = params.get("sort", "")
        if sort not in SORTS:
            sort = "relevance" if text else "newest"
        return cls(
            text=text,
            filters=filters,
            sort=sort,
            page=_page_number(params.get("page")),
            per_page=per_page,
            members=bool(user and user.is_authenticated),
            language=(language or get_language() or "en")[:2],
            ignored=ignored,
            correct=params.get("exact") != "1",
            audience=reader_keys(user),
        )


def _page_number(raw):
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


@dataclass
class Hit:
    title: str
    url: str
    type: str
    type_label: str
    lang: str
    city: str
    city_label: str
    domains: list
    domain_labels: list
    snippet: str
    score: float
    date: object = None
    translated: bool = False
    promoted: bool = False

    def as_json(self):
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type,
            "lang": self.lang,
            "city": self.city or None,
            "domains": self.domains,
            "snippet": str(self.snippet),
            "score": round(self.score, 4),
        }


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class PlaceOffer:
    """A city or region the query names, as a filter the page proposes."""

    facet: str
    value: str
    label: str
    count: int
    toggle_url: str = ""


@dataclass
class FacetGroup:
    name: str
    label: str
    values: list

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


@dataclass
class SearchResults:
    query: SearchQuery
    total: int
    page: int
    pages: int
    engine: str
    fell_back: bool
    hits: list
    facets: list
    relaxed: bool = False
    # On an empty page: (facet, value) -> the results there would be without that value.
    without_filter: dict = field(default_factory=dict)
    # Places the words name, offered as filters ("Only Ghent?").
    places: list = field(default_factory=list)

    @property
    def corrected_query(self):
        """The corrected query text, or None when every word was searched as typed."""
        analysed = self.query.analysed
        return analysed.corrected_text if analysed.corrected else None

    @property
    def proposed_query(self):
        """A correction not searched for (the reader asked for the exact words), or None."""
        analysed = self.query.analysed
        return analysed.corrected_text if analysed.corrections and not analysed.corrected else None

    def as_json(self):
        return {
            "total": self.total,
            "page": self.page,
            "pages": self.pages,
            "engine": self.engine,
            "results": [hit.as_json() for hit in self.hits],
            "facets": {
                group.name: [
                    {
                        "value": value.value,
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                    }
                    for value in group.values
                ]
                for group in self.facets
            },
            "corrected_query": self.corrected_query,
            "relaxed": self.relaxed,
            "places": [
                {
                    "facet": place.facet,
                    "value": place.value,
                    "label": place.label,
                    "count": place.count,
                }
                for place in self.places
            ],
        }


def run_search(query):
    answer = ranked(query)
    pages = max(1, math.ceil(answer.result.total / query.per_page))
    if query.page > pages:
        query.page = pages
        answer = ranked(query)
    return SearchResults(
        query=query,
        total=answer.result.total,
        page=query.page,
        pages=pages,
        engine=answer.engine,
        fell_back=answer.fell_back,
        hits=assemble_hits(
            with_promotions(answer.result.hits, query), query, answer.result.weights
        ),
        facets=assemble_facets(answer.result.counts, query),
        relaxed=0 < answer.result.most_found < len(query.concepts),
        without_filter={} if answer.result.total else totals_without_each_filter(query),
        places=offered_places(query, answer.result.counts),
    )


def offered_places(query, counts):
    """The named cities and regions that would keep results as a filter, not yet chosen."""
    offered = []
    for name, slug in query.places:
        count = counts.get(name, {}).get(slug, 0)
        if count and slug not in query.filters.get(name, []):
            label = facets.BY_NAME[name].labels([slug]).get(slug, slug)
            offered.append(PlaceOffer(facet=name, value=slug, label=label, count=count))
    return offered


def ranked(query):
    """The engine's answer, its first ``ranking.DEPTH`` hits in ``ranking``'s order.

    The engine is asked for those first hits at once, whatever the page, so
    that every page of them is cut from one order.
    """
    if query.sort != "relevance" or not query.concepts or query.offset >= ranking.DEPTH:
        return engines.run(query)
    wide = dataclasses.replace(query, page=1, per_page=ranking.DEPTH)
    wide.__dict__.update(analysed=query.analysed, places=query.places)
    answer = engines.run(wide)
    hits = ranking.rerank(answer.result.hits, query, answer.result.weights)
    answer.result.hits = hits[query.offset : query.offset + query.per_page]
    return answer


MAX_PROPOSED_REMOVALS = 6


def with_promotions(engine_hits, query):
    """The pages editors promoted for these words first, on the first page of an unfiltered search.

    The same on both engines, since promotions are read from the database.
    """
    if query.page != 1 or query.sort != "relevance" or query.filters or not query.text:
        return engine_hits
    promoted = promoted_keys(query.text, query.language, query.visibilities, query.audience)
    if not promoted:
        return engine_hits
    picks = [EngineHit(key=key, score=0.0, promoted=True) for key in promoted]
    rest = [hit for hit in engine_hits if hit.key not in promoted]
    return (picks + rest)[: query.per_page]


def totals_without_each_filter(query):
    """How many results each selected filter value hides: what an empty page proposes."""
    totals = {}
    for name, values in query.filters.items():
        for value in values:
            if len(totals) == MAX_PROPOSED_REMOVALS:
                return totals
            rest = {**query.filters, name: [other for other in values if other != value]}
            wider = dataclasses.replace(query, filters=rest, page=1, per_page=1)
            totals[name, value] = engines.run(wider).result.total
    return totals


def assemble_hits(engine_hits, query, weights=()):
    """Documents for the engine's keys, swapped to the reader's language where possible."""
    documents, readers = _documents_and_reader_versions([hit.key for hit in engine_hits], query)
    shown, groups = [], set()
    for hit in engine_hits:
        document = documents.get(hit.key)
        if document is None or document.translation_key in groups:
            continue
        groups.add(document.translation_key)
        translation = readers.get(document.translation_key)
        translated = translation is not None and document.lang != query.language
        if translated:
            document = translation
        snippet = _snippet(document, query, weights)
        shown.append((document, snippet, hit.score, translated, hit.promoted))
    labels = _labels_for([doc for doc, *_rest in shown])
    return [
        Hit(
            title=document.title,
            url=document.url,
            type=document.type,
            type_label=labels["type"].get(document.type, document.type),
            lang=document.lang,
            city=(document.payload.get("city") or [""])[0],
            city_label=labels["city"].get((document.payload.get("city") or [""])[0], ""),
            domains=list(document.payload.get("domain", [])),
            domain_labels=[
                labels["domain"].get(slug, slug) for slug in document.payload.get("domain", [])
            ],
            snippet=mark_safe(snippet),  # noqa: S308 - escaped by analysis.highlight
            score=score,
            date=document.date,
            translated=translated,
            promoted=promoted,
        )
        for document, snippet, score, translated, promoted in shown
    ]


def _documents_and_reader_versions(keys, query):
    """The hits' documents, and each group's version in the reader's language, in two queries.

    No version is swapped in when the reader filtered by languages that
    exclude their own, nor one the reader may not see.
    """
    wanted = query.language
    chosen = query.filters.get("lang")
    documents = {document.key: document for document in SearchDocument.objects.filter(key__in=keys)}
    readers = {}
    if not chosen or wanted in chosen:
        versions = visible_documents(query.visibilities, query.audience).filter(
            translation_key__in={document.translation_key for document in documents.values()},
            lang=wanted,
        )
        readers = {document.translation_key: document for document in versions}
    return documents, readers


def _snippet(document, query, weights):
    """The extract showing most of the query's weight: its rare words above its common ones."""
    terms = query.analysed.terms
    weights = weights or [1.0] * len(query.concepts)
    concepts = [
        (concept.terms, weight) for concept, weight in zip(query.concepts, weights, strict=True)
    ]
    return highlight(
        document.body or document.summary, document.lang, terms, concepts=concepts
    ) or highlight(document.summary, document.lang, terms, concepts=concepts)


def _labels_for(documents):
    cities = {slug for doc in documents for slug in doc.payload.get("city", [])}
    domains = {slug for doc in documents for slug in doc.payload.get("domain", [])}
    return {
        "type": facets.BY_NAME["type"].labels({doc.type for doc in documents}),
        "city": facets.BY_NAME["city"].labels(cities),
        "domain": facets.BY_NAME["domain"].labels(domains),
    }


def assemble_facets(counts, query):
    """Each facet's values with counts; selected values stay even at zero."""
    groups = []
    for facet in facets.FACETS:
        facet_counts = counts.get(facet.name, {})
        selected = query.filters.get(facet.name, [])
        values = set(facet_counts) | set(selected)
        labels = facet.labels(values)
        entries = [
            FacetValue(
                value=value,
                label=labels.get(value, value),
                count=facet_counts.get(value, 0),
                selected=value in selected,
            )
            for value in values
            if value in labels
        ]
        entries.sort(key=lambda entry: (-entry.count, entry.label.lower(), entry.value))
        groups.append(FacetGroup(name=facet.name, label=str(facet.label), values=entries))
    return groups
