"""Bad input gets a 400 or a 404 that says so: never a 500, never a false "busy"."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import DatabaseError, connection, transaction

import pytest

from kb.operations.middleware import is_database_unavailable
from kb.people.models import Membership
from kb.people.roles import ADMINISTRATOR, COACH, FACILITATOR
from practices.models import PracticePage
from tests import factories
from tests.people.admin_forms import add_practice_url, practice_form_data

BEYOND_ANY_ID = "99999999999999999999"
UNREADABLE = {
    "en": "Ancora cannot read this request",
    "nl": "Ancora kan dit verzoek niet lezen",
    "fr": "Ancora ne peut pas lire cette demande",
}
BUSY = "Ancora is busy"


@pytest.fixture
def signed_in(client, db):
    """The client signed in as a new member holding ``role``, as a production server answers."""
    client.raise_request_exception = False

    def sign_in(role, project=None):
        user = get_user_model().objects.create_user(
            role.lower(), f"{role.lower()}@example.org", "a-long-enough-password"
        )
        user.groups.add(Group.objects.get(name=role))
        if project is not None:
            Membership.objects.create(user=user, project=project)
        client.force_login(user)
        return client

    return sign_in


@pytest.mark.parametrize(
    "address",
    [
        f"/en/intervision/sessions/{BEYOND_ANY_ID}/prepare/",
        f"/en/intervision/sessions/{BEYOND_ANY_ID}/agenda/",
        f"/en/intervision/sessions/{BEYOND_ANY_ID}/minutes/",
        f"/en/intervision/sessions/{BEYOND_ANY_ID}/event.ics",
        f"/en/intervision/exchange-days/{BEYOND_ANY_ID}/event.ics",
    ],
)
def test_an_id_beyond_any_row_is_not_found(signed_in, home, address):
    response = signed_in(FACILITATOR).get(address)

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_nul_in_a_calendar_address_is_refused_in_the_readers_language(signed_in, home, language):
    response = signed_in(FACILITATOR).get(f"/{language}/intervision/calendar/%00.ics")

    assert response.status_code == HTTPStatus.BAD_REQUEST
    page = response.content.decode()
    assert UNREADABLE[language] in page
    assert 'href="/"' in page


def test_a_nul_in_a_search_is_refused_with_a_message(client, home):
    client.raise_request_exception = False

    response = client.get("/fr/search/", {"q": "logement\x00"})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert UNREADABLE["fr"] in response.content.decode()


def test_an_admin_form_with_an_unreadable_block_count_is_refused_and_saves_nothing(
    signed_in, practice_index
):
    project = factories.make_project()
    client = signed_in(COACH, project)
    data = practice_form_data(project)
    data["body-count"] = "abc"

    response = client.post(add_practice_url(practice_index), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "arrived incomplete" in response.content.decode()
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()


@pytest.mark.parametrize(
    "query",
    [
        {"owner": BEYOND_ANY_ID},
        {"content_type": BEYOND_ANY_ID},
        {"locale": BEYOND_ANY_ID},
    ],
)
def test_an_admin_filter_with_an_id_beyond_any_row_is_answered_without_an_error(
    signed_in, practice_index, query
):
    response = signed_in(ADMINISTRATOR).get("/admin/pages/", query)

    # PostgreSQL compares the number and finds nothing; SQLite cannot take it: a 400 then.
    assert response.status_code in {HTTPStatus.OK, HTTPStatus.BAD_REQUEST}
    if response.status_code == HTTPStatus.BAD_REQUEST:
        assert UNREADABLE["en"] in response.content.decode()


@pytest.mark.parametrize("text", ['"', 'a"(', "title:guitar", '"a:b"', '-"', "-", "word " * 1500])
@pytest.mark.parametrize("listing", ["/admin/pages/", "/admin/pages/search/", "/admin/images/"])
def test_any_admin_search_is_answered_with_results_not_busy(
    signed_in, practice_index, listing, text
):
    factories.make_practice(practice_index, title="Guitar lessons")

    response = signed_in(ADMINISTRATOR).get(listing, {"q": text})

    assert response.status_code == HTTPStatus.OK
    assert BUSY not in response.content.decode()


@pytest.mark.parametrize("text", ['guitar: "lessons', '"guitar lessons"', "-guitar-"])
def test_an_admin_search_finds_words_typed_with_quotes_and_colons(signed_in, practice_index, text):
    factories.make_practice(practice_index, title="Guitar lessons")
    factories.make_practice(practice_index, title="Cooking together")

    page = signed_in(ADMINISTRATOR).get("/admin/pages/search/", {"q": text}).content.decode()

    assert "Guitar lessons" in page
    assert "Cooking together" not in page


def test_a_statement_the_database_refuses_is_not_called_busy(db):
    """More columns than either database allows: refused at once, and again on every try."""
    with pytest.raises(DatabaseError) as refused, transaction.atomic(), connection.cursor() as c:
        c.execute("SELECT " + ", ".join(["1"] * 5000))

    assert not is_database_unavailable(refused.value)
