from http import HTTPStatus

from tests import factories


def test_practice_sheet_renders_its_classification(client, practice_index):
    practice = factories.make_practice(practice_index, title="Guitar workshop", domains=("health",))

    response = client.get(practice.url)

    assert response.status_code == HTTPStatus.OK
    assert b"Guitar workshop" in response.content
    assert practice.city.slug == "namur"
    assert practice.effective_model.slug == "partnership"
