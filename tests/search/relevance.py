"""The relevance suite: coaches' queries on the demo corpus, and how well search answers them.

Each query names the practice sheet a coach typing it is looking for (by its
slug). ``measure`` asks the search page, as a reader of the query's language
would, and scores where that sheet comes: hit@1, hit@3, mean reciprocal rank
and the share of queries that end on an empty page.

Three sets of queries:

- ``relevance_queries.tsv``, the *earlier* queries, which guided the first
  text analysis (plurals, compounds, sentences, typos, synonyms);
- ``relevance_unseen.tsv``, written later from the sheets alone (situations
  described, colloquial and Belgian words, typos, questions, city and
  activity, sheets competing for the same words). A fixed seed splits them
  once into a *tuning* half, which may guide changes, and a *held-out*
  half, which only measures them: the report shows the held-out figures,
  never its misses, so that nobody tunes to them;
- ``relevance_development.tsv``, the *development* queries, written afterwards
  from the demo sheets and partners alone, before any was measured (the
  same classes, and queries in a language the sheet has no version in), so
  that changes can be judged on more queries than the tuning half.

``suggest_prefixes.tsv`` holds the beginnings of words a coach types in the
search box looking for a sheet by its title; ``suggested`` scores how often
search as you type proposes that sheet first.
"""

import csv
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
EARLIER = HERE / "relevance_queries.tsv"
UNSEEN = HERE / "relevance_unseen.tsv"
DEVELOPMENT = HERE / "relevance_development.tsv"
PREFIXES = HERE / "suggest_prefixes.tsv"
SPLIT_SEED = 20261207
DEPTH = 10


@dataclass
class Outcome:
    lang: str
    kind: str
    query: str
    expected: str
    found: list
    corrected: str | None = None

    @property
    def rank(self):
        """1-based position of the expected sheet, or None when it is not in the first page."""
        return self.found.index(self.expected) + 1 if self.expected in self.found else None


def _rows(path):
    with path.open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def query_sets():
    """{"tuning", "held-out", "earlier", "development"}: rows, the unseen queries split once."""
    unseen = _rows(UNSEEN)
    random.Random(SPLIT_SEED).shuffle(unseen)
    half = len(unseen) // 2
    return {
        "tuning": unseen[:half],
        "held-out": unseen[half:],
        "earlier": _rows(EARLIER),
        "development": _rows(DEVELOPMENT),
    }


def slug_of(url):
    return [part for part in url.split("/") if part][-1]


def measure(get, rows):
    """Run each query of ``rows`` through ``get(lang, q) -> JSON`` and return the outcomes."""
    outcomes = []
    for row in rows:
        data = get(row["lang"], row["query"])
        found = [slug_of(hit["url"]) for hit in data["results"][:DEPTH]]
        outcomes.append(
            Outcome(
                row["lang"],
                row["kind"],
                row["query"],
                row["expected"],
                found,
                data.get("corrected_query"),
            )
        )
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
        "corrected": sum(bool(outcome.corrected) for outcome in outcomes) / count,
    }


def report(engine, name, outcomes, details=True):
    """The figures, then (with ``details``) every query not answered first, and corrections."""
    figures = scores(outcomes)
    lines = [f"Relevance, {name} queries, {engine} engine ({figures['queries']} queries)"]
    lines += [f"  {key:<13} {value:.3f}" for key, value in figures.items() if key != "queries"]
    if not details:
        return "\n".join(lines)
    for outcome in outcomes:
        if outcome.rank != 1:
            lines.append(
                f"  miss [{outcome.lang} {outcome.kind}] {outcome.query!r}: {outcome.expected} "
                f"at {outcome.rank or '-'}; first {outcome.found[:1] or 'nothing'}"
            )
        if outcome.corrected:
            lines.append(f"  corrected {outcome.query!r} -> {outcome.corrected!r}")
    return "\n".join(lines)


def suggested(get):
    """Share of prefixes whose first suggestion is the wanted sheet, and the misses.

    ``get(lang, prefix) -> JSON`` asks search as you type.
    """
    rows = _rows(PREFIXES)
    misses = []
    for row in rows:
        found = [slug_of(entry["url"]) for entry in get(row["lang"], row["prefix"])["suggestions"]]
        if found[:1] != [row["expected"]]:
            misses.append(
                f"  miss [{row['lang']}] {row['prefix']!r}: {row['expected']}, got {found[:3]}"
            )
    share = 1 - len(misses) / len(rows)
    return share, "\n".join(
        [f"Search as you type, {len(rows)} prefixes: first {share:.3f}", *misses]
    )
