"""What every engine returns: groups of translations, not single documents.

A page and its translations are one hit; the engine reports the best matching
document of each group, and the counts of a facet value are numbers of groups.
The assembly in ``search.query`` then shows each hit in the reader's language.
"""

import math
from dataclasses import dataclass, field

from .. import similar

# Relevance weights: a practice that uses a word outranks the glossary entry for it, and
# the partner organisation that offers it (partners are what a practice builds on).
TYPE_WEIGHTS = {"glossary": 0.05, "page": 0.5, "partner": 0.5}


class EngineUnavailable(Exception):
    """The engine cannot answer now; the caller falls back to the database."""


class Engine:
    """``search(query)`` is each engine's own; ``similar(key, limit)`` is shared.

    Similar documents are worked out when content changes and stored in the
    database, so both engines give the same list and a page reading it never
    asks the cluster.
    """

    name = ""

    def search(self, query):
        raise NotImplementedError

    def similar(self, key, limit):
        """(translation key, page id) of the documents most like the document ``key``."""
        return similar.stored(key, limit)


@dataclass
class EngineHit:
    key: str
    score: float = 0.0
    promoted: bool = False  # chosen by an editor for these words (search.promotions)


@dataclass
class EngineResult:
    total: int
    hits: list[EngineHit] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    # The most concepts of the query that any visible document has.
    most_found: int = 0
    # What finding each concept adds to a score (``concept_weights``).
    weights: list[float] = field(default_factory=list)


def concepts_required(query, most_found):
    """How many of the query's concepts a hit must have.

    All of one or two words; of a longer query, half (at least two), since a
    coach describing a situation uses words a sheet need not; never more
    than the most any visible document has, so a query ends on an empty
    page only when no word is found at all. Hits covering more of the
    query's weight rank first (``concept_weights``, then ``search.ranking``).
    An ``or`` query (related practices) needs one.
    """
    count = len(query.concepts)
    if query.operator == "or":
        return 1
    wanted = count if count <= 2 else max(2, (count + 1) // 2)
    return min(wanted, most_found) or count


# The scale of a concept's weight, above any difference in term statistics.
CONCEPT_WEIGHT = 100.0
# A concept found in the title counts this much more: a sheet is about what its title says.
TITLE_SHARE = 0.5


def concept_weights(documents, frequencies):
    """What finding each concept adds to a score: BM25's idf, near 0 for a word most have.

    ``frequencies`` are the numbers of documents that have each concept, out
    of ``documents``; both engines count them alike, so they rank alike.
    """
    return [
        CONCEPT_WEIGHT * math.log(1.0 + (documents - frequency + 0.5) / (frequency + 0.5))
        for frequency in frequencies
    ]
