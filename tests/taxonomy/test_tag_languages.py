"""One tag per idea: a coach finds and keeps a tag by its name in any of the three languages."""

import json
from http import HTTPStatus

from django.contrib.auth import get_user_model

import pytest
from bs4 import BeautifulSoup

from kb.taxonomy.models import Tag
from practices.models import PracticePage
from tests import factories
from tests.people.admin_forms import add_practice_url, edit_url, practice_form_data


@pytest.fixture
def cooking(db):
    return Tag.objects.create(
        name="cooking", slug="cooking", name_nl="koken", name_fr="cuisine", name_en="cooking"
    )


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw-long-enough")
    client.force_login(user)
    return user


def tag_input(client, page_url):
    page = BeautifulSoup(client.get(page_url).content, "html.parser")
    return page.find("input", attrs={"name": "tags"})


def suggestions(client, practice_index, term):
    url = tag_input(client, add_practice_url(practice_index))["data-w-tag-url-value"]
    response = client.get(url, {"term": term})
    assert response.status_code == HTTPStatus.OK
    return json.loads(response.content)


def test_autocomplete_finds_a_tag_by_each_of_its_names(client, editor, practice_index, cooking):
    assert suggestions(client, practice_index, "kok") == ["koken"]
    assert suggestions(client, practice_index, "Cuis") == ["cuisine"]
    assert suggestions(client, practice_index, "cook") == ["cooking"]
    assert suggestions(client, practice_index, "zzz") == []


@pytest.mark.parametrize("typed", ["koken", "Cuisine", "cooking"])
def test_a_name_typed_in_any_language_keeps_the_one_tag(
    client, editor, practice_index, cooking, typed
):
    project = factories.make_project()

    response = client.post(
        add_practice_url(practice_index),
        practice_form_data(project, action="action-publish", tags=f"{typed}, bread oven"),
    )

    assert response.status_code == HTTPStatus.FOUND
    sheet = PracticePage.objects.get(slug="guitar-lessons")
    assert set(sheet.tags.names()) == {"cooking", "bread oven"}
    assert set(Tag.objects.values_list("name", flat=True)) == {"cooking", "bread oven"}


def test_a_translated_sheet_shows_and_keeps_its_tags_in_its_language(
    client, editor, practice_index, cooking
):
    sheet = factories.make_practice(practice_index, title="Soup evening")
    sheet.tags.add(cooking)
    factories.publish(sheet)
    dutch = factories.translate(sheet, "nl")

    assert tag_input(client, edit_url(dutch))["value"] == "koken"

    response = client.post(
        edit_url(dutch),
        practice_form_data(
            dutch.project, "action-publish", title="Soepavond", slug="soepavond", tags="koken"
        ),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert list(PracticePage.objects.get(pk=dutch.pk).tags.all()) == [cooking]
    assert Tag.objects.count() == 1
