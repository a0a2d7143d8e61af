"""A tag has one slug and a name in each language, and the reader sees their own."""

from django.utils import translation

import pytest

from kb.taxonomy.models import Tag
from search.facets import FACETS
from tests import factories


@pytest.fixture
def peer_training(db):
    return Tag.objects.create(
        name="peer-training",
        slug="peer-training",
        name_nl="peer-to-peer leren",
        name_fr="formation par les pairs",
        name_en="peer training",
    )


def test_a_tag_reads_in_the_active_language(peer_training):
    for language, expected in (
        ("nl", "peer-to-peer leren"),
        ("fr", "formation par les pairs"),
        ("en", "peer training"),
    ):
        with translation.override(language):
            assert peer_training.label == expected
            assert str(peer_training) == expected


def test_a_tag_typed_in_the_editor_shows_as_typed(db):
    assert Tag.objects.create(name="bread oven", slug="bread-oven").label == "bread oven"


def test_the_sheet_shows_its_tags_in_the_readers_language(client, peer_training):
    home = factories.make_site("fr")
    index = factories.publish(factories.make_practice_index(home, title="Pratiques"))
    sheet = factories.make_practice(index, title="Atelier guitare")
    sheet.tags.add(peer_training)
    factories.publish(sheet)

    html = client.get(sheet.url).content.decode()

    assert '?tag=peer-training">formation par les pairs</a>' in html
    assert ">peer-training<" not in html


def test_the_tag_filter_labels_each_slug_in_the_readers_language(peer_training):
    tag_facet = next(facet for facet in FACETS if facet.name == "tag")
    with translation.override("nl"):
        assert tag_facet.labels(["peer-training"]) == {"peer-training": "peer-to-peer leren"}
