"""Privacy by design: a sheet that seems to name someone needs the coach's confirmation."""

from http import HTTPStatus

from django.core import mail

from wagtail.models import Comment
from wagtail.test.utils.form_data import inline_formset

import pytest

from practices.models import PracticePage
from practices.privacy import find_personal_data

from .admin_forms import add_practice_url, edit_url, practice_form_data


def kinds(text):
    return {finding.kind for finding in find_personal_data(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Every Tuesday Jean Dupont opens the workshop.", "name"),
        ("Wekelijks komt Sofie Van den Broeck langs.", "name"),
        ("We met Mme Lambert at the social office.", "name"),
        ("Call 0471 23 45 67 to join.", "phone"),
        ("Bel +32 2 512 34 56 voor info.", "phone"),
        ("Write to marc.peeters@gmail.com first.", "email"),
        ("She lives rue de la Loi 16 since May.", "address"),
        ("Hij woont in de Kerkstraat 12.", "address"),
        ("His number is 85.07.30-033.28 on the card.", "national-number"),
        ("DUPONT Jean came to the first workshop.", "name"),
        ("Dupont, Jean came to the first workshop.", "name"),
        ("we met jean dupont at the market", "name"),
        ("Rijksregisternummer 850730/033/28, zie dossier.", "national-number"),
        ("NISS 85 07 30 033 28", "national-number"),
        ("n° 850730-033-28", "national-number"),
        ("Son numéro BIS : 85473003317.", "national-number"),
    ],
)
def test_personal_data_is_spotted(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Housing First Belgium and the Relais social de Namur run the project together.",
        "Tenants meet every Tuesday from 14:00 to 16:00, 2023-2025, in a community room.",
        "Een huurder geeft gitaarles aan andere huurders in het buurthuis.",
        "Le coach accompagne le locataire vers la place qu'il choisit dans le quartier.",
        "The number 12.34.56-789.01 fails the register checksum.",
        "The tenant said the garden was his; Said comes on Tuesdays.",
        "Un lien avec le quartier, du marc de café pour le potager.",
        "Reference 850730/033/29 is not a register number.",
    ],
)
def test_descriptions_of_practices_pass_unnoticed(text):
    assert kinds(text) == set()


@pytest.fixture
def coach_client(client, coach):
    client.force_login(coach)
    return client


def test_a_named_tenant_in_a_testimony_brings_the_form_back_with_a_warning(
    coach_client, practice_index, namur
):
    testimony = (
        "testimony",
        {"quote": "Ahmed Benali now cooks for the street.", "role": "tenant", "city": ""},
    )

    response = coach_client.post(
        add_practice_url(practice_index), practice_form_data(namur, body=[testimony])
    )

    assert response.status_code == HTTPStatus.OK
    content = response.content.decode()
    assert "may name a person" in content
    assert "Ahmed Benali" in content  # what the coach typed is still in the form
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()


def test_phone_numbers_in_the_summary_are_caught(coach_client, practice_index, namur):
    response = coach_client.post(
        add_practice_url(practice_index),
        practice_form_data(namur, summary="Ring 0471 23 45 67 to join the guitar group."),
    )

    assert response.status_code == HTTPStatus.OK
    assert "a phone number" in response.content.decode()
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()


def test_the_coach_confirms_and_the_sheet_is_saved(coach_client, practice_index, namur):
    response = coach_client.post(
        add_practice_url(practice_index),
        practice_form_data(
            namur, summary="Inspired by Paul Janson, the Brussels mayor.", privacy_confirmed="on"
        ),
    )

    assert response.status_code == HTTPStatus.FOUND
    sheet = PracticePage.objects.get(slug="guitar-lessons")
    assert "Paul Janson" in sheet.get_latest_revision_as_object().summary


def test_a_work_contact_is_not_a_finding(coach_client, practice_index, namur):
    response = coach_client.post(
        add_practice_url(practice_index),
        practice_form_data(namur, contact="reanchoring@relais-social.example"),
    )

    assert response.status_code == HTTPStatus.FOUND
    assert PracticePage.objects.filter(slug="guitar-lessons").exists()


def test_a_name_in_the_tags_is_caught(coach_client, practice_index, namur):
    response = coach_client.post(
        add_practice_url(practice_index), practice_form_data(namur, tags="guitar, jean dupont")
    )

    assert response.status_code == HTTPStatus.OK
    assert "may name a person" in response.content.decode()
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()


def comment(text, contentpath="summary"):
    return {
        "id": "",
        "contentpath": contentpath,
        "text": text,
        "position": "",
        "resolved": "",
        "replies": inline_formset([]),
    }


@pytest.fixture
def saved_sheet(coach_client, practice_index, namur):
    coach_client.post(
        add_practice_url(practice_index), practice_form_data(namur, action="action-save")
    )
    return PracticePage.objects.get(slug="guitar-lessons")


def test_a_comment_naming_a_tenant_is_not_saved_nor_mailed(
    coach_client, saved_sheet, namur, reviewer_elsewhere
):
    mail.outbox.clear()
    data = practice_form_data(
        namur,
        action="action-save",
        comments=inline_formset(
            [comment("Mevrouw Peeters woont nu in de Kerkstraat 12, bel haar eerst.")]
        ),
    )

    response = coach_client.post(edit_url(saved_sheet), data)

    assert response.status_code == HTTPStatus.OK
    content = response.content.decode()
    assert "may name a person" in content
    assert "Kerkstraat 12" in content
    assert not Comment.objects.exists()
    assert not mail.outbox


def test_a_comment_about_the_practice_is_saved(coach_client, saved_sheet, namur):
    data = practice_form_data(
        namur,
        action="action-save",
        comments=inline_formset([comment("Say how long a session lasts.")]),
    )

    response = coach_client.post(edit_url(saved_sheet), data)

    assert response.status_code == HTTPStatus.FOUND
    assert Comment.objects.get().text == "Say how long a session lasts."
