"""The embedded engine: the database's own full text plus ORM facet counts.

The concepts are matched once per search (``fulltext``); filters and counts are
plain ORM queries on the facet value rows. The documents that pass every
filter are held in a temporary table (``temporary``): ranking reads only
them, and so does the one grouped query that counts all the facets without a
selected value. A facet with a selection is counted in the scope of the
other filters.
"""

import hashlib
from collections import defaultdict

from django.db.models import Count, DateTimeField, F, Max, Value

from kb.pagecache.store import until_content_changes

from .. import facets
from ..models import SearchDocument, SearchFacetValue
from ..visibility import visible_documents
from .base import TYPE_WEIGHTS, Engine, EngineHit, EngineResult, concepts_required
from .fulltext import ConceptMatch
from .temporary import HeldScope

# Facets stored as columns of the document rather than as facet value rows.
COLUMN_FACETS = ("type", "lang")


class DatabaseEngine(Engine):
    name = "database"

    def search(self, query):
        """Browsing without words is answered once per filter combination and audience.

        Its counts and newest groups read every document the filters keep; they
        stay until the content or the index changes (``kb.pagecache``).
        """
        if query.concepts:
            return self._search(query)
        return until_content_changes(_browsing_key(query), lambda: self._search(query))

    def _search(self, query):
        scoped = visible_documents(query.visibilities, query.audience)
        concepts = query.concepts
        most_found, match = 0, None
        if concepts:
            match = ConceptMatch(concepts, scoped)
            most_found = match.most_found()
            needed = concepts_required(query, most_found)
            # The match holds only visible documents: no statement after it asks again.
            scoped = SearchDocument.objects.filter(pk__in=match.ids(needed))
        final = HeldScope(filtered(scoped, query.filters), match)
        if concepts:
            total, hits = ranked_hits(final.documents(), query, final.scores())
        else:
            total, hits = newest_hits(final.documents(), query)
        counts = facet_counts(scoped, final.documents(), query)
        return EngineResult(
            total=total,
            hits=hits,
            counts=counts,
            most_found=most_found,
            weights=match.weights if match else [],
        )


def _browsing_key(query):
    """What a browsing answer depends on: filters, who reads, order and page."""
    asked = (
        sorted((name, sorted(values)) for name, values in query.filters.items() if values),
        sorted(query.visibilities),
        sorted(query.audience),
        query.sort,
        query.offset,
        query.per_page,
    )
    return "browse:" + hashlib.sha256(repr(asked).encode()).hexdigest()


def filtered(queryset, filters, skip=()):
    """OR within a facet, AND across facets; facets in ``skip`` are left out for their counts."""
    for name, values in filters.items():
        if name in skip or not values:
            continue
        if name in COLUMN_FACETS:
            queryset = queryset.filter(**{f"{name}__in": values})
        else:
            carriers = SearchFacetValue.objects.filter(facet=name, value__in=values)
            queryset = queryset.filter(pk__in=carriers.values("document_id"))
    return queryset


def facet_counts(scoped, final, query):
    """Groups per facet value; a facet with a selection is counted as if it had none.

    Facets without a selected value share the same scope, ``final`` (every
    filter applied), so one grouped query counts all of them at once.
    """
    selected = [facet.name for facet in facets.FACETS if query.filters.get(facet.name)]
    counts = {facet.name: {} for facet in facets.FACETS}
    unselected = [facet.name for facet in facets.FACETS if facet.name not in selected]
    counts.update(_counted(final, unselected))
    for name in selected:
        counts.update(_counted(filtered(scoped, query.filters, skip={name}), [name]))
    return counts


def _counted(scope, names):
    """Counts of the facets ``names`` within ``scope``, keyed by facet then value."""
    ids = scope.values("pk")
    columns = [name for name in names if name in COLUMN_FACETS]
    carried = {name for name in names if name not in COLUMN_FACETS}
    counts = _column_counts(ids, columns) if columns else {}
    if carried:
        counts.update(_carried_counts(ids, carried))
    return counts


def _column_counts(ids, names):
    """Type and language, counted here from one read of the scope's distinct groups."""
    groups = {name: defaultdict(set) for name in names}
    rows = SearchDocument.objects.filter(pk__in=ids).values_list(*names, "translation_key")
    for *values, translation_key in rows.distinct().order_by():
        for name, value in zip(names, values, strict=True):
            groups[name][value].add(translation_key)
    return {
        name: {value: len(keys) for value, keys in by_value.items()}
        for name, by_value in groups.items()
    }


def _carried_counts(ids, names):
    """One grouped query for all ``names``.

    With several facets every value of the scope's documents is read: the
    database then walks the documents' own index, much faster than every row
    of those facets; the few values of other facets are dropped here.
    """
    rows = SearchFacetValue.objects.filter(document__in=ids)
    if len(names) == 1:
        rows = rows.filter(facet__in=names)
    rows = rows.values("facet", "value").annotate(
        n=Count("document__translation_key", distinct=True)
    )
    counts = {name: {} for name in names}
    for row in rows.order_by():
        if row["facet"] in names:
            counts[row["facet"]][row["value"]] = row["n"]
    return counts


def ranked_hits(final, query, scores):
    """Total and one page of groups, ranked in Python over the matching documents only."""
    # Dates cost a conversion per row: read them only when they decide the order.
    dated = "date" if query.sort == "newest" else Value(None, output_field=DateTimeField())
    best = {}
    rows = final.values_list("pk", "key", "translation_key", "type", dated)
    for pk, key, translation_key, doc_type, date in rows:
        score = scores.get(pk, 0.0) * TYPE_WEIGHTS.get(doc_type, 1.0)
        _keep_best(best, translation_key, (score, _recency(date), key), query.sort)
    order = sorted(best.items(), key=lambda item: _rank(item, query.sort))
    page = order[query.offset : query.offset + query.per_page]
    return len(best), [EngineHit(key=key, score=score) for _, (score, _date, key) in page]


def newest_hits(final, query):
    """Without words every score is zero: groups by date, counted and paged in SQL."""
    total = final.aggregate(n=Count("translation_key", distinct=True))["n"]
    groups = (
        final.values("translation_key")
        .annotate(newest=Max("date"))
        .order_by(F("newest").desc(nulls_last=True), "translation_key")
    )
    keys = [row["translation_key"] for row in groups[query.offset : query.offset + query.per_page]]
    best = {}
    members = final.filter(translation_key__in=keys).values_list("translation_key", "key", "date")
    for translation_key, key, date in members:
        _keep_best(best, translation_key, (0.0, _recency(date), key), "newest")
    return total, [EngineHit(key=best[key][2]) for key in keys if key in best]


def _recency(date):
    return date.timestamp() if date else float("-inf")


def _keep_best(best, group, candidate, sort):
    """The document that represents its group: best score (or newest), then smallest key."""
    current = best.get(group)
    if current is None or _sort_key(candidate, sort) < _sort_key(current, sort):
        best[group] = candidate


def _sort_key(candidate, sort):
    score, recency, key = candidate
    return (-recency if sort == "newest" else -score, key)


def _rank(item, sort):
    group, (score, recency, _key) = item
    return (-recency if sort == "newest" else -score, group)
