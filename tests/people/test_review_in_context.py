"""The writer sees what the reviewer asked for, and the reviewer sees what changed since."""

from html import unescape
from http import HTTPStatus

from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from practices.models import PracticePage
from tests import factories

from .admin_forms import add_practice_url, edit_url, practice_form_data, workflow_action_url

REQUEST = "Please say how long a session lasts."


@pytest.fixture
def sheet_sent_back(client, practice_index, coach, namur, reviewer_elsewhere):
    """A sheet the coach submitted and a reviewer of another project sent back with a comment."""
    client.force_login(coach)
    client.post(add_practice_url(practice_index), practice_form_data(namur))
    sheet = PracticePage.objects.get(slug="guitar-lessons")
    client.force_login(reviewer_elsewhere)
    mail.outbox.clear()
    client.post(workflow_action_url(sheet, "reject"), {"comment": REQUEST})
    client.logout()
    return sheet


def messages_of(response):
    return unescape(
        " ".join(
            item.get_text(" ", strip=True)
            for item in BeautifulSoup(response.content, "html.parser").select(".messages li")
        )
    )


def test_the_writer_sees_the_request_on_the_edit_screen(client, sheet_sent_back, coach):
    client.force_login(coach)

    shown = messages_of(client.get(edit_url(sheet_sent_back)))

    assert REQUEST in shown
    assert "reviewer-ghent" in shown or "asked for changes" in shown


def test_the_request_reaches_the_writer_by_e_mail(sheet_sent_back, coach):
    to_writer = [message for message in mail.outbox if coach.email in message.to]

    assert to_writer
    assert REQUEST in to_writer[0].body


def test_after_resubmission_compare_shows_the_changes_since_the_review(
    client, sheet_sent_back, coach, namur, reviewer_elsewhere
):
    client.force_login(coach)
    resubmitted = client.post(
        edit_url(sheet_sent_back),
        practice_form_data(
            namur, summary="Tenants teach guitar to each other, in sessions of ninety minutes."
        ),
    )
    assert resubmitted.status_code == HTTPStatus.FOUND
    client.force_login(reviewer_elsewhere)

    page = client.get(edit_url(sheet_sent_back))
    link = BeautifulSoup(page.content, "html.parser").find(
        "a", string="Compare with the reviewed version"
    )
    assert link is not None, messages_of(page)
    comparison = client.get(link["href"]).content.decode()

    assert "ninety minutes" in comparison
    assert REQUEST in messages_of(page)


def test_a_coach_translates_their_own_sheet(client, sheet_sent_back, coach, practice_index):
    factories.translate(practice_index, "fr")
    french = Locale.objects.get(language_code="fr")
    client.force_login(coach)
    url = reverse("simple_translation:submit_page_translation", args=(sheet_sent_back.pk,))

    response = client.post(url, {"locales": [french.pk]})

    assert response.status_code == HTTPStatus.FOUND
    assert PracticePage.objects.filter(
        translation_key=sheet_sent_back.translation_key, locale=french
    ).exists()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_reviewers_compare_link_shows_every_change_since_the_review(
    client, sheet_sent_back, coach, namur, reviewer_elsewhere, language
):
    """The draft saved before resubmitting holds the same text as the resubmission."""
    changes = {
        "summary": "Tenants teach guitar to each other, in sessions of ninety minutes.",
        "body": ["Tenants asked for a teacher who once lived on the street."],
    }
    client.force_login(coach)
    client.post(edit_url(sheet_sent_back), practice_form_data(namur, "save-draft", **changes))
    client.post(edit_url(sheet_sent_back), practice_form_data(namur, **changes))
    profile = UserProfile.get_for_user(reviewer_elsewhere)
    profile.preferred_language = language
    profile.save()
    client.force_login(reviewer_elsewhere)

    with translation.override(language):
        label = gettext("Compare with previous version")
    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    link = dashboard.find("a", string=lambda text: text and text.strip() == label)
    assert link is not None
    comparison = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    shown = comparison.get_text(" ", strip=True)

    assert "ninety minutes" in shown
    assert "once lived on the street" in shown
