"""Words as every part of search sees them: lower case, elided, folded, stemmed.

French elisions (``l'``, ``d'``, ``qu'``…) and the possessive or plural ``'s``
are cut before words are split, so ``d'écriture`` is ``écriture`` and
``foto's`` is ``foto``. Stemming is Snowball's, through PyStemmer (the C
implementation): it runs on the word with its accents, which the French
stemmer reads, and the stem is then folded like everything else.
"""

import re
from functools import lru_cache

import Stemmer

from ..text import fold_chars
from .stopwords import stop_words

LANGUAGES = ("nl", "fr", "en")
SNOWBALL = {"nl": "dutch", "fr": "french", "en": "english"}
MAX_WORD_CHARS = 40

_ELISION = re.compile(r"(?<![^\W_])(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])['’](?=[^\W\d_])", re.I)
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s(?![^\W_])", re.I)
_WORD = re.compile(r"[^\W_]+")
_STEMMERS = {code: Stemmer.Stemmer(name) for code, name in SNOWBALL.items()}


def lower(text):
    """Lower case; the dot that ``İ`` leaves as a separate mark would split the word."""
    return (text or "").lower().replace("\u0307", "")


def _cut(text):
    """Lower case, elisions and possessives cut: the text words are read from."""
    return _POSSESSIVE.sub("", _ELISION.sub("", lower(text)))


def surface_words(text):
    """The words of a text, lower case with their accents, elisions cut."""
    return [word[:MAX_WORD_CHARS] for word in _WORD.findall(_cut(text))]


def fold_word(word):
    return fold_chars(word)


def stem(word, language):
    """The folded Snowball stem of a lower-case word in ``language``."""
    stemmer = _STEMMERS.get(language)
    return fold_chars(stemmer.stemWord(word) if stemmer else word)


@lru_cache(maxsize=200_000)
def terms_of(word, language):
    """The index terms of a lower-case word: its stem, and its folded form's stem.

    The two differ for some accented words (``activités`` gives ``activ``,
    ``activites`` gives ``activit``); indexing and searching both forms lets
    a coach type without accents.
    """
    return tuple(dict.fromkeys((stem(word, language), stem(fold_chars(word), language))))


def content_words(text, language):
    """(surface, folded) for every word that is not a stop word of ``language``.

    The text is folded once, whole: folding keeps every character's place,
    so each word's folded form is the same slice of the folded text.
    """
    text = _cut(text)
    folded_text = fold_chars(text)
    stop = stop_words(language)
    found = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if end - start > MAX_WORD_CHARS:
            end = start + MAX_WORD_CHARS
        folded = folded_text[start:end]
        if len(folded) > 1 and folded not in stop:
            found.append((text[start:end], folded))
    return found
