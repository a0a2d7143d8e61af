"""The embedded engine: Wagtail's database search backend plus ORM facet counts.

Full text runs through modelsearch (SQLite FTS5, PostgreSQL full text) on the
``SearchDocument`` table; filters and counts are plain ORM queries on the
facet value rows, so nothing loops over pages in Python.
"""

from functools import cache

from django.db import connection
from django.db.models import Case, Count, F, FloatField, Max, Value, When

from modelsearch.backends.database import SearchBackend

from .. import facets
from ..models import SearchDocument, SearchFacetValue
from .base import TYPE_WEIGHTS, EngineHit, EngineResult

# Facets stored as columns of the document rather than as facet value rows.
COLUMN_FACETS = ("type", "lang")


@cache
def text_backend():
    """Our own backend instance: the 'simple' configuration, on folded words."""
    return SearchBackend({"SEARCH_CONFIG": "simple", "ATOMIC_REBUILD": False})


class DatabaseEngine:
    name = "database"

    def search(self, query):
        scoped = self.matching(query)
        final = self.filtered(scoped, query.filters)
        documents = SearchDocument.objects.filter(pk__in=final.values("pk"))
        total = documents.aggregate(n=Count("translation_key", distinct=True))["n"]
        return EngineResult(
            total=total,
            hits=self.page_of_hits(final, query),
            counts={facet.name: self.counts(scoped, query, facet) for facet in facets.FACETS},
        )

    def matching(self, query):
        """Visible documents matching the words, annotated with a score (higher is better)."""
        visible = SearchDocument.objects.filter(visibility__in=query.visibilities)
        if not query.words:
            return visible.annotate(score=Value(0.0, output_field=FloatField()))
        results = (
            text_backend()
            .search(" ".join(query.words), SearchDocument, operator=query.operator)
            .annotate_score("_score")
        )
        matched = results.get_queryset().order_by()
        # SQLite's bm25() is negative, lower meaning better.
        score = -F("_score") if connection.vendor == "sqlite" else F("_score")
        weight = Case(
            *[When(type=name, then=Value(w)) for name, w in TYPE_WEIGHTS.items()],
            default=Value(1.0),
            output_field=FloatField(),
        )
        return matched.filter(visibility__in=query.visibilities).annotate(score=score * weight)

    def filtered(self, queryset, filters, skip=None):
        """OR within a facet, AND across facets; ``skip`` leaves one facet out for its counts."""
        for name, values in filters.items():
            if name == skip or not values:
                continue
            if name in COLUMN_FACETS:
                queryset = queryset.filter(**{f"{name}__in": values})
            else:
                carriers = SearchFacetValue.objects.filter(facet=name, value__in=values)
                queryset = queryset.filter(pk__in=carriers.values("document_id"))
        return queryset

    def counts(self, scoped, query, facet):
        scope = self.filtered(scoped, query.filters, skip=facet.name)
        if facet.name in COLUMN_FACETS:
            rows = (
                SearchDocument.objects.filter(pk__in=scope.values("pk"))
                .values(value=F(facet.name))
                .annotate(n=Count("translation_key", distinct=True))
            )
        else:
            rows = (
                SearchFacetValue.objects.filter(facet=facet.name, document__in=scope.values("pk"))
                .values("value")
                .annotate(n=Count("document__translation_key", distinct=True))
            )
        return {row["value"]: row["n"] for row in rows.order_by()}

    def page_of_hits(self, final, query):
        groups = final.values("translation_key").annotate(best=Max("score"), newest=Max("date"))
        if query.sort == "newest":
            groups = groups.order_by(F("newest").desc(nulls_last=True), "translation_key")
        else:
            groups = groups.order_by("-best", "translation_key")
        start = (query.page - 1) * query.per_page
        keys = [row["translation_key"] for row in groups[start : start + query.per_page]]
        best = {}
        members = final.filter(translation_key__in=keys).values(
            "key", "translation_key", "score", "date"
        )
        for row in members:
            rank = (row["date"] is not None, row["date"]) if query.sort == "newest" else None
            candidate = (row["score"] or 0.0, rank or (True, None), row["key"])
            current = best.get(row["translation_key"])
            if current is None or _better(candidate, current, query.sort):
                best[row["translation_key"]] = candidate
        return [
            EngineHit(key=best[key][2], score=float(best[key][0])) for key in keys if key in best
        ]


def _better(candidate, current, sort):
    """The document that represents its group: best score (or newest), then smallest key."""
    if sort == "newest":
        if candidate[1] != current[1]:
            return candidate[1] > current[1]
    elif candidate[0] != current[0]:
        return candidate[0] > current[0]
    return candidate[2] < current[2]
