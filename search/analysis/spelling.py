"""American spellings of English words, read as the British ones the sheets use.

The demo's English is British (*neighbourhood*, *centre*, *organise*); a
coach who types *neighborhood*, *center* or *organize* means the same word,
and Snowball stems do not join the two. A spelling's variants are its
American endings and letters written the British way; only a variant the
index knows as an English word is kept, so the rules cannot invent one.
"""

import re

MIN_LENGTH = 5
# (American, British): each rewrite is tried alone on the folded word.
REWRITES = tuple(
    (re.compile(american), british)
    for american, british in (
        (r"(?<=[^aeiou])or(?=s?$|hood|ed|ing|ful|ite|able)", "our"),
        (r"(?<=[^aeiou])er(?=s?$)", "re"),
        (r"(?<=[^aeiou])er(?=ed$|ing$)", "r"),
        (r"(?<=[aeiou])l(?=ed$|ing$|er$|ers$)", "ll"),
        (r"iz(?=e|a|i)", "is"),
        (r"yz(?=e|i)", "ys"),
        (r"gram(?=s?$)", "gramme"),
        (r"og(?=s?$)", "ogue"),
        (r"ense(?=s?$)", "ence"),
    )
)


def british_variants(word, known):
    """The British spellings of a folded ``word`` that ``known(variant)`` accepts."""
    if len(word) < MIN_LENGTH:
        return ()
    found = []
    for pattern, british in REWRITES:
        variant = pattern.sub(british, word)
        if variant != word and known(variant):
            found.append(variant)
    return tuple(dict.fromkeys(found))
