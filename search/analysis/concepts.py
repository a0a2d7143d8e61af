"""A query read as concepts: what a document must contain, in every form it may take.

Each content word of the query is one concept, and a concept is found when
any of its alternatives is in a document; an alternative is a run of index
terms that must all be there. A word's alternatives are its stems in the
three languages (a coach on the Dutch site may type French), and the
British spelling of an American one; a word the
index does not know is split as a Dutch compound or, failing that and
unless it is a real word of nl, fr or en or a word of a place's name,
corrected to the closest word the index knows; a run of words that names a
synonym group becomes one concept with every member as an alternative.
"""

from dataclasses import dataclass, field

from ..places import place_words
from .common_words import is_real_word
from .lexicon import VOCABULARY
from .spelling import british_variants
from .stopwords import STOP_WORDS, is_stop_word
from .synonyms import GROUPS, forms
from .words import LANGUAGES, fold_word, surface_words, terms_of

MAX_CONCEPTS = 12


@dataclass(frozen=True)
class Concept:
    label: str
    alternatives: tuple  # of tuples of terms, each tuple all required

    @property
    def terms(self):
        return {term for alternative in self.alternatives for term in alternative}


@dataclass
class ParsedQuery:
    concepts: list = field(default_factory=list)
    corrections: dict = field(default_factory=dict)  # typed word -> closest known word
    corrected_text: str = ""  # the query with those words replaced
    corrected: bool = False  # whether the replacements were searched for

    @property
    def terms(self):
        """Every index term the query may have matched, for highlighting."""
        return {term for concept in self.concepts for term in concept.terms}


def query_language(words, reader_language):
    """The language whose function words the query uses most; the reader's on a tie."""
    counts = {code: sum(word in STOP_WORDS[code] for word in words) for code in LANGUAGES}
    best = max(counts.values())
    if best == 0 or counts.get(reader_language) == best:
        return reader_language
    return max(LANGUAGES, key=lambda code: counts[code])


def parse(text, reader_language, correct=True, lexicon=None, groups=None):
    """The concepts of a query typed by a reader of ``reader_language``.

    With ``correct`` false, unknown words are searched as typed and the
    corrections are only proposed.
    """
    lexicon = VOCABULARY.get() if lexicon is None else lexicon
    groups = GROUPS.get() if groups is None else groups
    typed = [word for word in surface_words(text) if len(word) > 1]
    from_text = query_language([fold_word(word) for word in typed], reader_language)
    words = [
        word
        for word in typed
        if not is_stop_word(fold_word(word), reader_language)
        and not is_stop_word(fold_word(word), from_text)
    ]
    words = list(dict.fromkeys(words))
    parsed = ParsedQuery()
    word_forms = [forms(word) for word in words]
    position = 0
    while position < len(words) and len(parsed.concepts) < MAX_CONCEPTS:
        run, group = _synonym_run(groups, word_forms, position)
        if group is not None:
            phrase = words[position : position + run]
            own = tuple(dict.fromkeys(terms_of(word, reader_language)[0] for word in phrase))
            parsed.concepts.append(
                Concept(" ".join(phrase), tuple(sorted(group.alternatives() | {own})))
            )
            position += run
            continue
        word = words[position]
        parsed.concepts.append(_word_concept(word, reader_language, lexicon, correct, parsed))
        position += 1
    if parsed.corrections:
        parsed.corrected = correct
        parsed.corrected_text = " ".join(
            parsed.corrections.get(word, word) for word in surface_words(text)
        )
    return parsed


def _synonym_run(groups, word_forms, position):
    best, chosen = 0, None
    for group in groups:
        run = group.run_at(word_forms, position)
        if run > best:
            best, chosen = run, group
    return best, chosen


def _word_concept(word, reader_language, lexicon, correct, parsed):
    key = fold_word(word)
    derived = tuple(
        (term,) for known, code in lexicon.derived(word) for term in terms_of(known, code)
    ) + tuple(
        (term,)
        for known in british_variants(key, lexicon.english)
        for term in terms_of(known, "en")
    )
    if lexicon.knows(key) or derived:
        return Concept(key, tuple(dict.fromkeys((*_stems(word), *derived, *_parts(key, lexicon)))))
    parts = lexicon.split(key, strict=False)
    if parts is not None:
        known = tuple(terms_of(part, "nl")[0] for part in parts if lexicon.knows(part))
        return Concept(key, (*_stems(word), known))
    meant = is_real_word(word) or key in place_words()
    replacement = None if meant else lexicon.correct(word, key, reader_language)
    if replacement is None:
        return Concept(key, _stems(word))
    parsed.corrections[word] = replacement
    return Concept(replacement, _stems(replacement)) if correct else Concept(key, _stems(word))


def _parts(key, lexicon):
    """A rare Dutch compound also finds its parts together.

    A page saying *gitaarles* must not hide the sheets about a *gitaar* and a
    *les*; a compound common enough to be a word of its own (*huurder*,
    *moestuin*) keeps its own meaning.
    """
    if "nl" not in lexicon.languages_of.get(key, ()) or is_real_word(key):
        return ()
    parts = lexicon.split(key)
    return () if parts is None else (tuple(terms_of(part, "nl")[0] for part in parts),)


def _stems(word):
    """The word's terms in each language, each an alternative of its own."""
    terms = (term for code in LANGUAGES for term in terms_of(word, code))
    return tuple((term,) for term in dict.fromkeys(terms))
