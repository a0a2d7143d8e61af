"""A coach translates a sheet in the admin and keeps its classification."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale

from practices.models import PracticePage
from tests import factories


def test_translating_a_sheet_in_the_admin_keeps_its_taxonomy(client, practice_index):
    sheet = factories.make_practice(
        practice_index, title="Photo walk", domains=("social-relations", "city-neighbourhood")
    )
    sheet.tags.add("photography")
    factories.publish(sheet)
    french = Locale.objects.create(language_code="fr")
    factories.publish(practice_index.copy_for_translation(french, copy_parents=True))
    admin = get_user_model().objects.create_superuser(
        "translator", "t@example.org", "pw-long-enough"
    )
    client.force_login(admin)

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[sheet.pk]),
        {"locales": [french.pk], "include_subtree": False},
    )

    assert response.status_code == HTTPStatus.FOUND
    translation = PracticePage.objects.get(locale=french, translation_key=sheet.translation_key)
    assert set(translation.life_domains.values_list("slug", flat=True)) == {
        "social-relations",
        "city-neighbourhood",
    }
    assert translation.project == sheet.project
    assert list(translation.tags.names()) == ["photography"]
