"""The Elasticsearch engine: same contract as the database engine, at scale.

Which documents match is decided on the folded text field, word for word the
way the database engine decides, so both engines return the same hits and
counts. The per-language fields (dutch, french, english analyzers on a real
cluster) rank the hits, weighted title over summary over body, and give the
highlighted snippets. Facet counts are aggregations that apply the other
facets' filters, while the facet filters themselves are a post_filter.
"""

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import A, Q, Search

from .. import cluster, facets
from ..documents import LANGUAGES
from .base import TYPE_WEIGHTS, EngineHit, EngineResult, EngineUnavailable

BOOSTS = {"title": 3, "summary": 2, "body": 1, "extra": 1}
MAX_BUCKETS = 200
EXACT_COUNT_THRESHOLD = 40000


class ElasticEngine:
    name = "elastic"

    def search(self, query):
        try:
            response = self.request(query).execute()
        except (TransportError, ApiError) as error:
            raise EngineUnavailable(str(error)) from error
        aggs = response.aggregations.to_dict()
        return EngineResult(
            total=int(aggs["_total"]["groups"]["value"]),
            hits=[self.hit(hit) for hit in response.hits],
            counts={facet.name: self.counts(aggs[facet.name]) for facet in facets.FACETS},
        )

    def request(self, query):
        search = Search(using=cluster.client(), index=cluster.alias())
        visible = Q("terms", visibility=list(query.visibilities))
        if query.words:
            text = " ".join(query.words)
            ranking = Q(
                "multi_match",
                query=text,
                fields=[
                    f"{part}_{code}^{boost}" for part, boost in BOOSTS.items() for code in LANGUAGES
                ]
                + [f"terms^{BOOSTS['title']}"],
            )
            matching = Q(
                "bool",
                must=[Q("match", all_text={"query": text, "operator": query.operator})],
                should=[ranking],
                filter=[visible],
            )
            weights = [
                {"filter": Q("term", type=name), "weight": weight}
                for name, weight in TYPE_WEIGHTS.items()
            ]
            search = search.query(
                Q("function_score", query=matching, functions=weights, boost_mode="multiply")
            )
            search = search.highlight_options(
                encoder="html",
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                fragment_size=200,
                number_of_fragments=1,
            ).highlight(*[f"{part}_{code}" for part in ("body", "summary") for code in LANGUAGES])
        else:
            search = search.query(Q("bool", filter=[visible]))
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

    def hit(self, hit):
        fragments = []
        highlight = getattr(hit.meta, "highlight", None)
        if highlight is not None:
            for name in sorted(highlight.to_dict(), key=lambda n: not n.startswith("body")):
                fragments.extend(highlight[name])
        snippet = fragments[0] if fragments else ""
        return EngineHit(key=hit.meta.id, score=float(hit.meta.score or 0.0), snippet=snippet)
