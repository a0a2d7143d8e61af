"""Text analysis, in one place, for documents and queries and for both engines.

Both engines index the terms ``analyse`` gives and search for the concepts
``concepts.parse`` gives, so they match the same documents for the same
query: folding, elision, stop words, Snowball stems, Dutch compound parts,
synonyms and corrections are all decided here, in Python.
"""

from .lexicon import VOCABULARY
from .words import content_words, terms_of

MIN_COMPOUND = 7


def analyse(text, language, lexicon=None):
    """The index terms of a text written in ``language``, in the text's order.

    A Dutch compound is indexed whole and by its parts, when the index's
    vocabulary knows both: ``fotowandelingen`` also as ``foto`` and ``wandel``.
    """
    return terms_of_words(content_words(text, language), language, lexicon)


def terms_of_words(words, language, lexicon=None):
    """``analyse`` of a text whose ``content_words`` are already read: indexing reads them once."""
    lexicon = VOCABULARY.get() if lexicon is None else lexicon
    found = []
    for word, folded in words:
        found.extend(terms_of(word, language))
        if language == "nl" and len(folded) >= MIN_COMPOUND:
            parts = lexicon.split(folded)
            if parts is not None:
                for part in parts:
                    found.extend(terms_of(part, "nl"))
    return found
