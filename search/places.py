"""The cities and regions a query names, in any of their names: ``Gand``, ``Gent``, ``Ghent``.

A sheet carries its city and region as facet values, and their names in
every language as text, so a sheet that only mentions another city's
project also has that city's name. Naming a place in the query therefore
ranks the sheets *of* that place first (``ranking``), and the page offers
the place as a filter ("Only Ghent?").
"""

from kb.pagecache.store import until_content_changes

from . import facets
from .analysis.words import fold_word, surface_words

# A city before its region: "Brussels" names both, the city is the narrower.
PLACE_FACETS = ("city", "region")


def _folded_words(text):
    return tuple(fold_word(word) for word in surface_words(text))


def _names():
    """(facet name, slug, folded words of one of its names) of every city and region."""
    found = []
    for name in PLACE_FACETS:
        for row in facets.BY_NAME[name].model_class.objects.all():
            for label in facets.all_labels(row):
                words = _folded_words(label)
                if words:
                    found.append((name, row.slug, words))
    return found


def named_places(text):
    """(facet name, slug) of each city or region ``text`` names, a region only by its own name."""
    words = _folded_words(text)
    found, used = [], set()
    for name, slug, place in until_content_changes("search-place-names", _names):
        size = len(place)
        named = any(words[start : start + size] == place for start in range(len(words)))
        if named and place not in used:
            found.append((name, slug))
            used.add(place)
    return list(dict.fromkeys(found))


def carries(payload, places):
    """Whether a flat document belongs to one of ``places``."""
    return any(slug in facets.values_of(payload, facets.BY_NAME[name]) for name, slug in places)
