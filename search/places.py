"""The cities and regions a query names, in any of their names: ``Gand``, ``Gent``, ``Ghent``.

A sheet carries its city and region as facet values, and their names in
every language as text, so a sheet that only mentions another city's
project also has that city's name. Naming a place in the query therefore
ranks the sheets *of* that place first (``ranking``), and the page offers
the place as a filter ("Only Ghent?").

A synonym group that holds one of a place's names gives the place its other
members as names: ``Bxl`` and ``Brux`` name Brussels once a group says so.
The words of every place name are never corrected into other words.
"""

from kb.pagecache.store import until_content_changes

from . import facets
from .analysis.synonyms import GROUPS
from .analysis.words import fold_word, surface_words

# A city before its region: "Brussels" names both, the city is the narrower.
PLACE_FACETS = ("city", "region")


def _folded_words(text):
    return tuple(fold_word(word) for word in surface_words(text))


def _names():
    """(facet name, slug, folded words of one of its names) of every city and region."""
    groups = [
        {_folded_words(" ".join(member)) for member in group.members} for group in GROUPS.get()
    ]
    found = []
    for name in PLACE_FACETS:
        for row in facets.BY_NAME[name].model_class.objects.all():
            names = {_folded_words(label) for label in facets.all_labels(row)} - {()}
            for members in groups:
                if names & members:
                    names |= members
            found.extend((name, row.slug, words) for words in sorted(names))
    return found


def _registry():
    return until_content_changes("search-place-names", _names)


def place_words():
    """Every folded word of every name of a city or region."""
    return {word for _name, _slug, words in _registry() for word in words}


def named_places(text):
    """(facet name, slug) of each city or region ``text`` names, a region only by its own name."""
    words = _folded_words(text)
    found, used = [], set()
    for name, slug, place in _registry():
        size = len(place)
        named = any(words[start : start + size] == place for start in range(len(words)))
        if named and place not in used:
            found.append((name, slug))
            used.add(place)
    return list(dict.fromkeys(found))


def carries(payload, places):
    """Whether a flat document belongs to one of ``places``."""
    return any(slug in facets.values_of(payload, facets.BY_NAME[name]) for name, slug in places)
