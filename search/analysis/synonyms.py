"""Synonym groups as the query analysis uses them: members as words and their stems.

Editors keep the groups in the admin (``SynonymGroup``); any change is seen
by the next query, since expansion happens when a query is read, not when
documents are indexed.
"""

from ..models import SynonymGroup
from .stopwords import is_stop_word
from .versioned import ProcessCopy
from .words import LANGUAGES, fold_word, surface_words, terms_of


def forms(word):
    """What a lower-case word may be found as: its folded self and its stems."""
    return {fold_word(word)} | {term for code in LANGUAGES for term in terms_of(word, code)}


def _member_words(phrase):
    """A member's words, less those that are function words in any language."""
    words = [word for word in surface_words(phrase) if len(word) > 1]
    content = [w for w in words if not any(is_stop_word(fold_word(w), c) for c in LANGUAGES)]
    return content or words


class Group:
    def __init__(self, phrases):
        self.members = [words for words in map(_member_words, phrases) if words]
        self.member_forms = [[forms(word) for word in words] for words in self.members]

    def alternatives(self):
        """Each member in each language's stems: a run of terms that must all be there."""
        found = set()
        for words in self.members:
            for code in LANGUAGES:
                found.add(tuple(dict.fromkeys(terms_of(word, code)[0] for word in words)))
        return found

    def run_at(self, query_forms, start):
        """The length of the longest member written at ``start`` of the query, or 0."""
        best = 0
        for member in self.member_forms:
            end = start + len(member)
            if end <= len(query_forms) and all(
                query_forms[start + offset] & wanted for offset, wanted in enumerate(member)
            ):
                best = max(best, len(member))
        return best


def _read():
    return [Group(group.members()) for group in SynonymGroup.objects.all()]


GROUPS = ProcessCopy("synonyms", _read)
