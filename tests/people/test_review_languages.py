"""Peer review speaks each reader's language: its name in the admin, its e-mails."""

from http import HTTPStatus

from django.core import mail

from wagtail.users.models import UserProfile

import pytest

from .admin_forms import add_practice_url, practice_form_data
from .conftest import PASSWORD


def sign_in(client, user, language):
    client.post(f"/{language}/login/", {"username": user.username, "password": PASSWORD})


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def submit(client, practice_index, coach, namur):
    """The coach, whose admin is in Dutch, submits a sheet for peer review."""

    def run():
        prefer(coach, "nl")
        client.force_login(coach)
        response = client.post(add_practice_url(practice_index), practice_form_data(namur))
        assert response.status_code == HTTPStatus.FOUND
        client.logout()

    return run


def mail_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_the_reviewer_is_written_to_in_the_language_they_last_signed_in_with(
    client, submit, reviewer_elsewhere
):
    sign_in(client, reviewer_elsewhere, "en")
    client.logout()
    sign_in(client, reviewer_elsewhere, "fr")
    client.logout()
    mail.outbox.clear()

    submit()

    (message,) = mail_to(reviewer_elsewhere)
    assert "a été soumise" in message.subject
    assert "Relecture par les pairs" in message.subject
    assert "Peer review" not in message.subject + message.body


@pytest.mark.parametrize(
    ("language", "name"), [("nl", "Collegiale toetsing"), ("fr", "Relecture par les pairs")]
)
def test_the_reviewers_dashboard_names_the_task_in_their_language(
    client, submit, reviewer_elsewhere, language, name
):
    submit()
    prefer(reviewer_elsewhere, language)
    client.force_login(reviewer_elsewhere)

    page = client.get("/admin/").content.decode()

    assert name in page
    assert "Peer review" not in page
