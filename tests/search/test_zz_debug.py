from tests.search import relevance
from tests.search.test_understanding import url


def test_debug(search):
    rows = relevance.query_sets()["held-out"]
    for outcome in relevance.measure(lambda lang, q: search(url(lang, q)), rows):
        if outcome.corrected:
            print("\nHELD-OUT CORRECTION", outcome.lang, repr(outcome.query), "->", repr(outcome.corrected))
