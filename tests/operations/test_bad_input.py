"""Bad input gets a 400 or a 404 that says so: never a 500, never a false "busy"."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import DatabaseError, connection, transaction

from wagtail.models import Page

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

    def sign_in(role, project=None, **fields):
        user = get_user_model().objects.create_user(
            role.lower(), f"{role.lower()}@example.org", "a-long-enough-password", **fields
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


@pytest.fixture
def administrator(signed_in, practice_index):
    return signed_in(ADMINISTRATOR)


def test_admin_pages_that_fail_on_purpose_or_create_nothing_are_not_found(administrator):
    failwhale = administrator.get("/admin/failwhale/", follow=True)
    assert failwhale.status_code == HTTPStatus.NOT_FOUND
    chooser_create = "/admin/snippets/choose/intervision/method/create/"
    created = administrator.post(chooser_create, {}, follow=True)
    assert created.status_code == HTTPStatus.NOT_FOUND


def test_an_external_link_posted_without_its_address_is_asked_for_again(administrator):
    response = administrator.post("/admin/choose-external-link/", {})

    assert response.status_code == HTTPStatus.OK
    assert "This field is required" in response.json()["html"]


def test_copying_a_page_under_no_page_is_refused_and_copies_nothing(administrator, practice_index):
    pages = Page.objects.count()

    response = administrator.post(
        f"/admin/pages/{practice_index.pk}/copy/",
        {"new_title": "Copy", "new_slug": "copy", "new_parent_page": "abc"},
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "arrived incomplete" in response.content.decode()
    assert Page.objects.count() == pages


@pytest.mark.parametrize("content", ["0", "[]", "abc"])
def test_rich_text_that_is_not_the_editors_content_is_refused(administrator, home, content):
    data = {"title": "Ancora", "slug": home.slug, "intro": content}

    response = administrator.post(f"/admin/pages/{home.pk}/edit/", data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert UNREADABLE["en"] in response.content.decode()


def test_a_return_address_that_is_no_address_is_refused(administrator, practice_index):
    response = administrator.get(f"/admin/pages/{practice_index.pk}/edit/", {"next": "pages"})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert UNREADABLE["en"] in response.content.decode()


def test_a_chooser_shown_again_with_an_id_that_is_no_number_is_refused(signed_in, home):
    superuser = signed_in(ADMINISTRATOR, is_superuser=True)

    response = superuser.post("/admin/sites/new/", {"hostname": "x", "root_page": "1e9"})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert UNREADABLE["en"] in response.content.decode()


def test_an_inline_row_whose_id_is_no_number_is_refused_and_saves_nothing(
    signed_in, practice_index
):
    project = factories.make_project()
    client = signed_in(COACH, project)
    data = practice_form_data(project)
    data.update(
        {
            "related_practices-TOTAL_FORMS": "1",
            "related_practices-INITIAL_FORMS": "1",
            "related_practices-0-id": "abc",
        }
    )

    response = client.post(add_practice_url(practice_index), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "arrived incomplete" in response.content.decode()
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()
