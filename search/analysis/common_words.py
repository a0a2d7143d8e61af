"""How common a word is in Dutch, French and English: what tells a real word from a typo.

The frequencies are wordfreq's, shipped with the package (nothing is
downloaded). A word at least as common as ``REAL_WORD`` (once in a million
words) in any of the three languages is a word a coach meant, even when no
document uses it: ``kot`` stays ``kot``, ``hop`` stays ``hop``. A rarer word
is corrected only to a word clearly more common (``CLEARLY_MORE``, ten
times) in the language the typed word is most common in.
"""

from functools import lru_cache

from wordfreq import zipf_frequency

from .words import LANGUAGES

# Zipf scale: log10 of occurrences per billion words; 3.0 is once per million.
REAL_WORD = 3.0
CLEARLY_MORE = 1.0


@lru_cache(maxsize=50_000)
def frequencies(word):
    """The word's Zipf frequency in each language, 0 where it is not seen."""
    return {code: zipf_frequency(word, code) for code in LANGUAGES}


def is_real_word(word):
    return max(frequencies(word).values()) >= REAL_WORD


def likelier(candidate, typed, reader_language):
    """Whether ``candidate`` is clearly more likely what was meant than the rarer ``typed``.

    Compared in the reader's language and in the one ``typed`` is most common in.
    """
    typed_frequencies = frequencies(typed)
    if not any(typed_frequencies.values()):
        return True
    candidate_frequencies = frequencies(candidate)
    languages = {max(LANGUAGES, key=typed_frequencies.get), reader_language}
    return any(
        candidate_frequencies.get(code, 0) - typed_frequencies.get(code, 0) >= CLEARLY_MORE
        for code in languages
    )
