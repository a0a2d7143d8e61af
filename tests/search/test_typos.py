"""A typo is corrected to the word one slip of the fingers away."""

import pytest

from search.analysis.concepts import parse
from search.analysis.lexicon import Lexicon


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "meant", "also_near"),
    [("peice", "piece", "price"), ("recieve", "receive", "relieve")],
)
def test_two_swapped_letters_are_one_typo(typed, meant, also_near):
    """Swapped letters are read as the swap, not as a letter replaced in another word."""
    lexicon = Lexicon({"en": {meant, also_near}})

    assert parse(typed, "en", lexicon=lexicon, groups=[]).corrections == {typed: meant}
