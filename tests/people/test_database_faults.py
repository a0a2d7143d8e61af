"""A locked or unavailable database: a clear 503 page and never a half-saved sheet."""

from http import HTTPStatus

import pytest

from practices.models import PracticePage
from tests import factories

from .admin_forms import add_practice_url, practice_form_data
from .database_faults import table_held, table_locked

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_publishing_while_the_database_is_locked_saves_nothing_and_says_so(
    client, practice_index, coach, namur
):
    client.force_login(coach)
    data = practice_form_data(namur)

    with table_locked("wagtailcore_revision"):
        response = client.post(add_practice_url(practice_index), data)

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response["Retry-After"]
    assert "nothing of it was saved" in response.content.decode()
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()

    retried = client.post(add_practice_url(practice_index), data)

    assert retried.status_code == HTTPStatus.FOUND
    assert PracticePage.objects.filter(slug="guitar-lessons").exists()


def test_reading_while_the_pages_are_locked_gives_the_busy_page(client, practice_index):
    sheet = factories.make_practice(practice_index)

    with table_locked("wagtailcore_page"):
        response = client.get(sheet.url)

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert 'lang="en"' in response.content.decode()
    assert client.get(sheet.url).status_code == HTTPStatus.OK


def test_a_session_is_read_even_when_its_audit_entry_cannot_be_written(
    client, make_session, coach, caplog
):
    session = make_session(case_summary="A tenant refuses every visit.")
    session.participants.add(coach)
    session.save()
    client.force_login(coach)

    with table_held("wagtailcore_pagelogentry"):
        response = client.get(session.url)

    assert response.status_code == HTTPStatus.OK
    assert "refuses every visit" in response.content.decode()
    assert "not audited" in caplog.text
