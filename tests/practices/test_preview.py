"""A coach previews a new practice sheet before saving it."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

from tests import factories
from tests.people.admin_forms import practice_form_data


def test_a_new_sheet_can_be_previewed_before_it_is_saved(client, practice_index):
    client.force_login(get_user_model().objects.create_superuser("editor", password="long 12345"))
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("practices", "practicepage", practice_index.pk)
    )

    posted = client.post(url, practice_form_data(factories.make_project()))
    assert posted.json()["is_valid"] is True
    preview = client.get(url)

    assert preview.status_code == HTTPStatus.OK
    assert "Guitar lessons" in preview.content.decode()
