"""Words derived from one another in French and Dutch, so that one finds the others.

Snowball stems join the forms of one word (``atelier``, ``ateliers``) but
not words derived from each other: ``enregistrement`` and ``enregistreur``,
``hôpital`` and ``hospitalier``, ``begeleiding`` and ``begeleider``. A light
derivational stemmer gives such words one *root*: the circumflex that
stands for a lost ``s`` is written out (``hôpital`` -> ``hospital``), then
up to two derivational suffixes are cut, keeping at least ``MIN_ROOT``
letters. The lexicon groups its words by root (``Lexicon.derived``).
"""

import re
import unicodedata

DERIVING = ("fr", "nl")
MIN_ROOT = 5


def _listed(text):
    return tuple(text.split())


# Longest first within each language: the first that fits is cut.
SUFFIXES = {
    "fr": _listed(
        """
        issement ement ation ateur atrice ment euse eur iere ier ienne ien elle el age
        isme iste ite al aux ique er ir es e s
        """
    ),
    "nl": _listed("ingen ing heden heid schap sters ster erij isch lijk ers er en e s"),
}
_LOST_S = re.compile(r"([aeiou])\u0302(?=[^aeiou])")
_WRITTEN_S = re.compile(r"(?<=[aeiou])s(?=[^aeiou])")


def with_lost_s(text):
    """``text`` with each circumflex standing for a lost ``s`` written out: ``hôp``, ``hosp``."""
    spelled = _LOST_S.sub(r"\1s", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", spelled)


def root(word, language):
    """The derivational root of a lower-case word, or None for a word too short to have one."""
    if language not in DERIVING:
        return None
    spelled = with_lost_s(word) if language == "fr" else word
    folded = "".join(
        char for char in unicodedata.normalize("NFD", spelled) if not unicodedata.combining(char)
    )
    for _cut in range(2):
        for suffix in SUFFIXES[language]:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= MIN_ROOT:
                folded = folded[: -len(suffix)]
                break
        else:
            break
    return folded if len(folded) >= MIN_ROOT else None


def lost_s_variants(found):
    """The root, and the root as folded text spells it without the ``s`` (``hospit``, ``hopit``)."""
    return list(dict.fromkeys((found, _WRITTEN_S.sub("", found, count=1))))
