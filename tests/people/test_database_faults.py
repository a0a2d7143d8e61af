"""A locked or unavailable database: a clear 503 page and never a half-saved sheet."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup

from practices.models import PracticePage
from tests import factories

from .admin_forms import add_practice_url, practice_form_data
from .database_faults import table_held, table_locked, table_locked_once

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
    assert "was not saved" in response.content.decode()
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


def test_a_page_read_while_a_save_commits_is_tried_again_and_shown(client, practice_index):
    sheet = factories.make_practice(practice_index, title="Guitar workshop")

    with table_locked_once("wagtailcore_page"):
        response = client.get(sheet.url)

    assert response.status_code == HTTPStatus.OK
    assert "Guitar workshop" in response.content.decode()


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


def test_a_page_met_busy_after_a_save_does_not_say_the_save_was_lost(
    client, practice_index, coach, namur
):
    client.force_login(coach)
    saved = client.post(add_practice_url(practice_index), practice_form_data(namur))
    assert saved.status_code == HTTPStatus.FOUND

    with table_locked("wagtailcore_page"):
        next_page = client.get(saved["Location"])

    shown = next_page.content.decode()
    assert next_page.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "saved" not in shown.replace("what you saved before is kept", "")
    assert "Reload it in a few seconds" in shown
    assert PracticePage.objects.filter(slug="guitar-lessons").exists()


def test_a_save_refused_while_busy_gives_back_the_form_to_send_again(
    client, practice_index, coach, namur
):
    client.force_login(coach)
    summary = "Tenants teach guitar to each other, in sessions of ninety minutes."
    url = add_practice_url(practice_index)

    with table_locked("wagtailcore_revision"):
        refused = client.post(url, practice_form_data(namur, summary=summary))

    assert refused.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    form = BeautifulSoup(refused.content, "html.parser").find("form", method="post")
    assert form["action"] == url
    kept = {}
    for field in form.find_all("input", type="hidden"):
        kept.setdefault(field["name"], []).append(field["value"])
    assert kept["summary"] == [summary]

    sent_again = client.post(form["action"], kept)

    assert sent_again.status_code == HTTPStatus.FOUND
    assert PracticePage.objects.get(slug="guitar-lessons").summary == summary
