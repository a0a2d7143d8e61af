"""American spellings are read as the British ones the sheets use, and only as known words."""

import pytest

from search.analysis.spelling import british_variants

BRITISH = {"neighbourhood", "centre", "organise", "travelling", "programme", "colours"}


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("neighborhood", "neighbourhood"),
        ("center", "centre"),
        ("organize", "organise"),
        ("traveling", "travelling"),
        ("program", "programme"),
        ("colors", "colours"),
    ],
)
def test_an_american_spelling_gives_the_british_one(american, british):
    assert british_variants(american, BRITISH.__contains__) == (british,)


@pytest.mark.parametrize("word", ["enter", "motor", "bus", "centre"])
def test_no_variant_the_index_does_not_know_is_made_up(word):
    assert british_variants(word, BRITISH.__contains__) == ()
