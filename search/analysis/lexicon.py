"""The index's own vocabulary: which words it knows, how Dutch compounds split, typo fixes.

Built from ``SearchWord`` (the folded words indexing has seen, per language)
and kept in each process until indexing adds words (``VOCABULARY.changed()``).
"""

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from ..models import SearchWord
from .common_words import likelier
from .derivation import DERIVING, lost_s_variants, root
from .versioned import ProcessCopy
from .words import LANGUAGES, terms_of

MIN_PART = 3
LINKS = ("s", "e", "en")
# Words up to this length tolerate one typo, longer ones two.
SHORT_WORD = 5
MAX_CANDIDATES = 8
# At most this many derived words join a query word.
MAX_DERIVED = 8


class Lexicon:
    """Folded words by language, and the stems they give: the terms an index can hold."""

    def __init__(self, words_by_language):
        self.languages_of = {}
        self.terms = set()
        self._splits = {}
        self._roots = None
        self.add(
            (word, language) for language, words in words_by_language.items() for word in words
        )

    def add(self, pairs):
        """Learn (word, language) pairs.

        Splits already made stay as they were: a compound is split against
        the words known when it is first seen (a rebuild splits afresh).
        """
        pairs = list(pairs)
        for word, language in pairs:
            self.languages_of.setdefault(word, set()).add(language)
            self.terms.update(terms_of(word, language))
        self.words = sorted(self.languages_of)
        if self._roots is not None:
            self._add_roots(pairs)

    def _add_roots(self, pairs):
        for word, language in pairs:
            found = root(word, language)
            if found:
                self._roots.setdefault((language, found), set()).add(word)

    def derived(self, word):
        """(word, language) of the known French and Dutch words derived from the same root.

        ``word`` is lower case with its accents, so that ``hôpital`` reads as
        ``hospital``; the known words are folded, hence the variants without
        that ``s``.
        """
        if self._roots is None:
            self._roots = {}
            self._add_roots(
                (known, code) for known, codes in self.languages_of.items() for code in codes
            )
        found = set()
        for language in DERIVING:
            base = root(word, language)
            for key in lost_s_variants(base) if base else ():
                found.update((known, language) for known in self._roots.get((language, key), ()))
        return sorted(found)[:MAX_DERIVED]

    def english(self, word):
        """Whether English texts of the index use this folded word (or its plural)."""
        return any("en" in self.languages_of.get(form, ()) for form in (word, f"{word}s"))

    def knows(self, word):
        """A folded word is known when it, or its stem in any language, is in the index."""
        return word in self.languages_of or any(
            term in self.terms for code in LANGUAGES for term in terms_of(word, code)
        )

    def split(self, word, strict=True):
        """A Dutch compound as (head, tail), split against the vocabulary; None if it is not one.

        ``strict``: both parts must be known (at indexing, so that no noise is
        indexed); otherwise one known part of at least four letters is enough
        (for a query, whose unknown part could never match anyway).
        """
        if (word, strict) not in self._splits:
            self._splits[word, strict] = self._split(word, strict)
        return self._splits[word, strict]

    def _split(self, word, strict):
        best = None
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            known_head = self._head_word(head)
            head_known, tail_known = known_head is not None, self.knows(tail)
            if strict and not (head_known and tail_known):
                continue
            if not strict and not (
                (head_known and len(head) > MIN_PART) or (tail_known and len(tail) > MIN_PART)
            ):
                continue
            rank = (head_known + tail_known, len(tail) if tail_known else len(head))
            if best is None or rank > best[0]:
                best = (rank, known_head or head, tail)
        return None if best is None else (best[1], best[2])

    def _head_word(self, head):
        """The known form of a compound's head, without its linking ``s``/``e``/``en``."""
        if self.knows(head):
            return head
        for link in LINKS:
            base = head[: -len(link)]
            if head.endswith(link) and len(base) >= MIN_PART and self.knows(base):
                return base
        return None

    def correct(self, typed, word, language):
        """The closest known word (1 edit for short words, 2 for long), reader's language first.

        ``typed`` is the word as written, ``word`` its folded form. Only a
        word clearly more common than the one typed replaces it.
        """
        if not self.words:
            return None
        limit = 1 if len(word) <= SHORT_WORD else 2
        found = process.extract(
            word,
            self.words,
            scorer=OSA.distance,
            score_cutoff=limit,
            limit=MAX_CANDIDATES,
        )
        found = [item for item in found if likelier(item[0], typed, language)]
        if not found:
            return None
        # Two neighbouring letters swapped (peice) count as one typo. A letter left
        # out or doubled (famile, guitarr) is likelier than one replaced by
        # another: fewer insertions and deletions come first, then a swap.
        ranked = sorted(
            found,
            key=lambda item: (
                item[1],
                Indel.distance(word, item[0]),
                Levenshtein.distance(word, item[0]) == item[1],
                language not in self.languages_of[item[0]],
                item[0],
            ),
        )
        return ranked[0][0]


def _read():
    words = {}
    for word, language in SearchWord.objects.values_list("word", "lang").iterator():
        words.setdefault(language, set()).add(word)
    return Lexicon(words)


VOCABULARY = ProcessCopy("lexicon", _read)
