"""A place's names, abbreviations included, are read as the place and never corrected."""

import pytest

from search.analysis.concepts import parse
from search.analysis.lexicon import Lexicon
from search.models import SynonymGroup
from search.places import named_places
from tests import factories


@pytest.mark.django_db
def test_a_city_name_no_sheet_uses_is_not_corrected_into_a_word():
    lexicon = Lexicon({"fr": {"haut"}})
    assert parse("hannut", "fr", lexicon=lexicon, groups=[]).corrections == {"hannut": "haut"}
    factories.make_project(slug="hannut-hf", city="hannut")

    assert parse("hannut", "fr", lexicon=lexicon, groups=[]).corrections == {}


@pytest.mark.django_db
def test_an_abbreviation_in_a_synonym_group_of_a_city_names_that_city():
    factories.make_project(slug="brussels-smes", city="brussels", region="brussels")
    SynonymGroup.objects.create(terms="brussels, Bxl, Brux")

    assert named_places("atelier BXL") == [("city", "brussels")]
    assert named_places("balade brux") == [("city", "brussels")]
