"""The Elasticsearch engine: same contract as the database engine, at scale.

Which documents match is decided on ``index_all``, the analysed terms of
``search.analysis`` (a whitespace field), concept by concept the way the
database engine decides, so both engines return the same hits and counts.
Ranking adds the terms in titles (``index_title``) and the per-language
fields, which a real cluster analyses with its dutch, french and english
analyzers (osmem, the test stand-in, has no dutch one). Facet counts are
aggregations that apply the other facets' filters, while the facet filters
themselves are a post_filter.
"""

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import A, MultiSearch, Q, Search

from .. import cluster, facets
from ..audience import AUDIENCE
from ..documents import LANGUAGES
from .base import (
    TITLE_SHARE,
    TYPE_WEIGHTS,
    Engine,
    EngineHit,
    EngineResult,
    EngineUnavailable,
    concept_weights,
    concepts_required,
)

BOOSTS = {"title": 3, "summary": 2, "body": 1, "extra": 1}
MAX_BUCKETS = 200
EXACT_COUNT_THRESHOLD = 40000


class ElasticEngine(Engine):
    name = "elastic"

    def search(self, query):
        try:
            most_found, weights = self.statistics(query)
            needed = concepts_required(query, most_found)
            response = self.request(query, needed, weights).execute()
        except (TransportError, ApiError) as error:
            raise EngineUnavailable(str(error)) from error
        aggs = response.aggregations.to_dict()
        return EngineResult(
            total=int(aggs["_total"]["groups"]["value"]),
            hits=[
                EngineHit(key=hit.meta.id, score=float(hit.meta.score or 0.0))
                for hit in response.hits
            ],
            counts={facet.name: self.counts(aggs[facet.name]) for facet in facets.FACETS},
            most_found=most_found,
            weights=weights,
        )

    def statistics(self, query):
        """The most concepts any visible document has, and each concept's weight.

        One request counts, for every number of concepts, the visible
        documents that have that many (facet filters play no part, as in the
        database engine), and the documents that have each concept.
        """
        concepts = query.concepts
        if not concepts:
            return 0, []
        levels = list(range(len(concepts), 0, -1))
        counted = [self.matching(query, level) for level in levels]
        counted += [Q("match_all")] + [concept_clause(concept) for concept in concepts]
        searches = MultiSearch(using=cluster.client(), index=cluster.alias())
        for clause in counted:
            searches = searches.add(Search().query(clause).extra(size=0, track_total_hits=True))
        totals = [response.hits.total.value for response in searches.execute()]
        most_found = next((level for level, n in zip(levels, totals, strict=False) if n), 0)
        documents, frequencies = totals[len(levels)], totals[len(levels) + 1 :]
        return most_found, concept_weights(documents, frequencies)

    def visible(self, query):
        """As ``visibility.visible_documents``: a document with an audience only to its readers."""
        not_theirs = Q(
            "bool",
            filter=[Q("exists", field=AUDIENCE)],
            must_not=[Q("terms", **{AUDIENCE: sorted(query.audience)})],
        )
        return Q(
            "bool",
            filter=[Q("terms", visibility=list(query.visibilities))],
            must_not=[not_theirs],
        )

    def matching(self, query, needed, weights=None):
        """Visible documents with at least ``needed`` of the query's concepts, each weighted."""
        weights = weights or [1.0] * len(query.concepts)
        return Q(
            "bool",
            should=[
                weighted(concept_clause(concept), weight)
                for concept, weight in zip(query.concepts, weights, strict=True)
            ],
            minimum_should_match=needed,
            filter=[self.visible(query)],
        )

    def in_titles(self, query, weights):
        """What each concept found in a title adds, as in the database engine."""
        return [
            weighted(concept_clause(concept, "index_title"), weight * TITLE_SHARE)
            for concept, weight in zip(query.concepts, weights, strict=True)
        ]

    def request(self, query, needed, weights):
        search = Search(using=cluster.client(), index=cluster.alias())
        if query.concepts:
            terms = " ".join(sorted(query.analysed.terms))
            ranking = [
                Q("match", index_title={"query": terms, "boost": BOOSTS["title"]}),
                Q("match", index_all={"query": terms}),
                Q(
                    "multi_match",
                    query=query.searched_text,
                    fields=[
                        f"{part}_{code}^{boost}"
                        for part, boost in BOOSTS.items()
                        for code in LANGUAGES
                    ],
                ),
            ]
            by_type = [
                {"filter": Q("term", type=name), "weight": weight}
                for name, weight in TYPE_WEIGHTS.items()
            ]
            ranking += self.in_titles(query, weights)
            scored = Q("bool", must=[self.matching(query, needed, weights)], should=ranking)
            search = search.query(
                Q("function_score", query=scored, functions=by_type, boost_mode="multiply")
            )
        else:
            search = search.query(Q("bool", filter=[self.visible(query)]))
        filters = self.filters(query.filters)
        if filters:
            search = search.post_filter(Q("bool", filter=list(filters.values())))
        search.aggs.bucket("_total", self.scoped(filters)).metric("groups", self.groups())
        for facet in facets.FACETS:
            others = {name: f for name, f in filters.items() if name != facet.name}
            search.aggs.bucket(facet.name, self.scoped(others)).bucket(
                "values", A("terms", field=facet.name, size=MAX_BUCKETS)
            ).metric("groups", self.groups())
        if query.sort == "newest":
            order = [{"date": {"order": "desc", "missing": "_last"}}, {"translation_key": "asc"}]
        else:
            order = [{"_score": "desc"}, {"translation_key": "asc"}]
        return (
            search.sort(*order)
            .extra(collapse={"field": "translation_key"}, track_scores=True)
            .source(["key"])[query.offset : query.offset + query.per_page]
        )

    def filters(self, selected):
        return {name: Q("terms", **{name: values}) for name, values in selected.items() if values}

    def scoped(self, filters):
        return A("filter", Q("bool", filter=list(filters.values())))

    def groups(self):
        return A("cardinality", field="translation_key", precision_threshold=EXACT_COUNT_THRESHOLD)

    def counts(self, agg):
        return {
            bucket["key"]: int(bucket["groups"]["value"])
            for bucket in agg["values"]["buckets"]
            if bucket["groups"]["value"]
        }


def weighted(clause, weight):
    """``clause`` scoring exactly ``weight`` when it matches (osmem takes no constant boost)."""
    return Q(
        "function_score",
        query=Q("constant_score", filter=clause),
        functions=[{"weight": weight}],
        boost_mode="replace",
    )


def concept_clause(concept, field="index_all"):
    """A concept is found when one of its alternatives is: all the terms of one run."""
    singles = sorted(
        alternative[0] for alternative in concept.alternatives if len(alternative) == 1
    )
    runs = [alternative for alternative in concept.alternatives if len(alternative) > 1]
    options = [Q("terms", **{field: singles})] if singles else []
    options += [Q("bool", filter=[Q("term", **{field: term}) for term in run]) for run in runs]
    return Q("bool", should=options, minimum_should_match=1)
