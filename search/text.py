"""Text as both engines see it: folded words, bounded queries, safe snippets.

Both engines must agree on which documents match, so matching works on the
same folded words everywhere: lower case, accents removed, every character
that is not a letter or a digit a separator (the way SQLite's unicode61
tokenizer splits). Queries are reduced to such words, which also disarms
quotes, brackets and any query syntax.
"""

import re
import unicodedata

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 40

_WORD = re.compile(r"[^\W_]+")


def fold_char(char):
    """One character, lower case and without accent (length kept, so positions hold)."""
    decomposed = unicodedata.normalize("NFKD", char.lower())
    return decomposed[0] if decomposed else char


class _FoldTable(dict):
    """Code point -> ``fold_char``, filled as characters are first seen.

    ``str.translate`` with it folds a whole text in C instead of one Python
    call per character, with exactly the same result.
    """

    def __missing__(self, codepoint):
        folded = self[codepoint] = fold_char(chr(codepoint))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_chars(text):
    """Every character folded by ``fold_char``: same length, same positions."""
    return text.translate(_FOLD_TABLE)


def fold(text):
    """Lower case, accents removed, punctuation turned into spaces."""
    return " ".join(words(text))


def words(text):
    return _WORD.findall(fold_chars(text or ""))


def query_words(raw):
    """The words of a user query, cut to a sane size; never raises."""
    raw = (raw or "")[: MAX_QUERY_CHARS * 5]
    kept = []
    for word in words(raw):
        word = word[:MAX_WORD_CHARS]
        if word not in kept:
            kept.append(word)
        if len(kept) >= MAX_QUERY_WORDS:
            break
    return kept


def clean_query(raw):
    """The query as shown back to the user: trimmed, bounded, without control characters."""
    printable = "".join(char if char.isprintable() else " " for char in (raw or ""))
    return " ".join(printable.split())[:MAX_QUERY_CHARS]
