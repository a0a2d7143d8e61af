"""The relevance suite: coaches' queries on the demo corpus, and how well search answers them.

Each query names the practice sheet a coach typing it is looking for (by its
slug). ``measure`` asks the search page, as a reader of the query's language
would, and scores where that sheet comes: hit@1, hit@3, mean reciprocal rank
and the share of queries that end on an empty page.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

QUERIES = Path(__file__).with_name("relevance_queries.tsv")
DEPTH = 10


@dataclass
class Outcome:
    lang: str
    kind: str
    query: str
    expected: str
    found: list

    @property
    def rank(self):
        """1-based position of the expected sheet, or None when it is not in the first page."""
        return self.found.index(self.expected) + 1 if self.expected in self.found else None


def queries():
    with QUERIES.open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def slug_of(url):
    return [part for part in url.split("/") if part][-1]


def measure(get):
    """Run every query through ``get(lang, q) -> JSON`` and return the outcomes."""
    outcomes = []
    for row in queries():
        data = get(row["lang"], row["query"])
        found = [slug_of(hit["url"]) for hit in data["results"][:DEPTH]]
        outcomes.append(Outcome(row["lang"], row["kind"], row["query"], row["expected"], found))
    return outcomes


def scores(outcomes):
    count = len(outcomes)
    ranks = [outcome.rank for outcome in outcomes]
    return {
        "queries": count,
        "hit@1": sum(rank == 1 for rank in ranks) / count,
        "hit@3": sum(rank is not None and rank <= 3 for rank in ranks) / count,
        "mrr": sum(1 / rank for rank in ranks if rank) / count,
        "zero results": sum(not outcome.found for outcome in outcomes) / count,
    }


def report(engine, outcomes):
    """A table a person reads: the figures, then every query not answered first."""
    figures = scores(outcomes)
    lines = [f"Relevance on the demo corpus, {engine} engine ({figures['queries']} queries)"]
    lines += [f"  {name:<13} {value:.3f}" for name, value in figures.items() if name != "queries"]
    misses = [outcome for outcome in outcomes if outcome.rank != 1]
    for outcome in misses:
        lines.append(
            f"  miss [{outcome.lang} {outcome.kind}] {outcome.query!r}: {outcome.expected} "
            f"at {outcome.rank or '-'}; first {outcome.found[:1] or 'nothing'}"
        )
    return "\n".join(lines)
