"""The first results ordered the same way whichever engine found them: BM25F over concepts.

The engines decide which documents match and give a first order (how much
of the query's weight each covers). The best ``DEPTH`` groups are then
ordered here, in Python, from the analysed terms each document stored
(``payload["index"]``): each concept counts by its rarity (the engine's
``concept_weights``) times how often the document says it, a word in the
title three times and in the summary twice a word of the body, saturated
and divided by the document's length as in BM25. Concepts said near each
other add to that. A sheet of a city or region the query names
(``places``) gains ``PLACE_BONUS``. Both engines thus show the first pages
in one order.
"""

from .engines.base import CONCEPT_WEIGHT, TYPE_WEIGHTS
from .models import SearchDocument
from .places import PLACE_FACETS, carries
from .visibility import visible_documents

DEPTH = 50
FIELD_WEIGHTS = {"title": 3.0, "summary": 2.0, "body": 1.0}
K1 = 0.5
B = 0.75
# What a concept in the title adds, as a share of its rarity: a sheet is about its title.
TITLE_SHARE = 0.5
# Two concepts this many terms apart or closer are "near each other".
NEAR = 6
NEAR_SHARE = 0.25
# A sheet of the place the query names: about as much as a rare word found.
PLACE_BONUS = 2.0


def rerank(hits, query, weights):
    """``hits`` (engine order) with the first ``DEPTH`` ordered by ``score``."""
    head, tail = hits[:DEPTH], hits[DEPTH:]
    if not head or not weights:
        return hits
    scored = group_scores([hit.key for hit in head], query, weights)
    for hit in head:
        hit.score, hit.key = scored.get(hit.key, (0.0, hit.key))
    head.sort(key=lambda hit: -hit.score)
    return head + tail


def group_scores(keys, query, weights):
    """For each engine key: the best score among its group's visible documents, and that key."""
    documents = SearchDocument.objects.filter(key__in=keys).values_list("key", "translation_key")
    group_of = dict(documents)
    versions = visible_documents(query.visibilities, query.audience).filter(
        translation_key__in=set(group_of.values())
    )
    languages = query.filters.get("lang")
    if languages:
        versions = versions.filter(lang__in=languages)
    places = query.places
    rows = list(
        versions.values_list(
            "key",
            "translation_key",
            "type",
            "payload__index",
            *(f"payload__{name}" for name in PLACE_FACETS),
        )
    )
    lengths = [len((row[3] or {}).get("body", [])) for row in rows]
    average = max(sum(lengths) / max(len(lengths), 1), 1.0)
    best = {}
    for key, group, doc_type, terms, *carried in rows:
        score = score_document(terms or {}, query.concepts, weights, average)
        if places and carries(dict(zip(PLACE_FACETS, carried, strict=True)), places):
            score += PLACE_BONUS
        score *= TYPE_WEIGHTS.get(doc_type, 1.0)
        if group not in best or (score, key) > best[group]:
            best[group] = (score, key)
    return {key: best[group] for key, group in group_of.items() if group in best}


def score_document(terms, concepts, weights, average_length):
    """BM25F over the document's fields, concept by concept, plus nearness."""
    fields = {name: terms.get(name, []) for name in FIELD_WEIGHTS}
    counts = {name: _counts(found) for name, found in fields.items()}
    norm = 1 - B + B * len(fields["body"]) / average_length
    score, idfs = 0.0, []
    for concept, weight in zip(concepts, weights, strict=True):
        frequency = sum(
            FIELD_WEIGHTS[name] * _occurrences(concept, counts[name]) for name in FIELD_WEIGHTS
        )
        idf = weight / CONCEPT_WEIGHT
        idfs.append(idf if frequency else 0.0)
        if frequency:
            frequency /= norm
            score += idf * frequency * (K1 + 1) / (frequency + K1)
            score += TITLE_SHARE * idf * bool(_occurrences(concept, counts["title"]))
    return score + NEAR_SHARE * _nearness(fields["body"], concepts, idfs)


def _counts(terms):
    found = {}
    for term in terms:
        found[term] = found.get(term, 0) + 1
    return found


def _occurrences(concept, counts):
    """How often one of the concept's alternatives is said: all terms of a run, the rarest."""
    return sum(min(counts.get(term, 0) for term in run) for run in concept.alternatives)


def _nearness(body, concepts, idfs):
    """The idf of each pair of found concepts said within ``NEAR`` terms of each other."""
    found = [index for index, idf in enumerate(idfs) if idf]
    if len(found) < 2:
        return 0.0
    single = {}
    for index in found:
        for run in concepts[index].alternatives:
            single.setdefault(run[0], set()).add(index)
    last_seen = {}
    near = set()
    for position, term in enumerate(body):
        for index in single.get(term, ()):
            for other, seen in last_seen.items():
                if other != index and position - seen <= NEAR:
                    near.add(frozenset((index, other)))
            last_seen[index] = position
    return sum(min(idfs[index] for index in pair) for pair in near)
