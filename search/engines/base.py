"""What every engine returns: groups of translations, not single documents.

A page and its translations are one hit; the engine reports the best matching
document of each group, and the counts of a facet value are numbers of groups.
The assembly in ``search.query`` then shows each hit in the reader's language.
"""

from dataclasses import dataclass, field

# Relevance weights: a practice that uses a word outranks the glossary entry for it.
TYPE_WEIGHTS = {"glossary": 0.05, "page": 0.5}


class EngineUnavailable(Exception):
    """The engine cannot answer now; the caller falls back to the database."""


@dataclass
class EngineHit:
    key: str
    score: float = 0.0
    snippet: str = ""


@dataclass
class EngineResult:
    total: int
    hits: list[EngineHit] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
