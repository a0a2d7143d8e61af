"""The read-only JSON API shows other sites what an anonymous visitor reads, whoever asks."""

import json
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from intervision.models import (
    ExchangeDayPage,
    IntervisionGroup,
    IntervisionIndexPage,
    IntervisionSessionPage,
)
from kb.demo.users import DEMO_USERS, ensure_demo_users
from kb.glossary.models import GlossaryTerm
from tests import factories

SECRET = "Confidential"
PEOPLE = ["anonymous", *DEMO_USERS]


@pytest.fixture
def corpus(home, practice_index, django_capture_on_commit_callbacks):
    """Two public sheets (Namur in English, Ghent in Dutch) and every kind of hidden page."""
    with django_capture_on_commit_callbacks(execute=True):
        namur = factories.make_project("namur-relais", city="namur", region="wallonia")
        ghent = factories.make_project("ghent-ocmw", city="ghent", region="flanders")
        public = factories.make_practice(practice_index, "Guitar workshop", project=namur)
        dutch_index = factories.translate(practice_index, "nl")
        dutch = factories.make_practice(dutch_index, "Fotoproject", project=ghent)

        edited = factories.make_practice(practice_index, "Writing workshop", project=namur)
        edited.title = f"{SECRET} draft title"
        edited.save_revision()

        never_published = factories.make_practice(practice_index, f"{SECRET} never published")
        never_published.unpublish()

        partners = factories.make_partner_index(home)
        factories.make_partner(partners, "Théâtre du quartier", kind="culture", city=namur.city)
        factories.make_partner(partners, "Sportclub", kind="sport", city=ghent.city)
        hidden_partner = factories.make_partner(partners, f"{SECRET} unpublished partner")
        hidden_partner.unpublish()

        awaiting = factories.make_practice(
            practice_index, f"{SECRET} awaiting anonymisation", anonymised=False
        )
        restricted = factories.make_practice(practice_index, f"{SECRET} for members only")
        PageViewRestriction.objects.create(page=restricted, restriction_type="login")

        intervision = factories.publish(
            home.add_child(
                instance=IntervisionIndexPage(
                    title="Intervision", slug="intervision", locale=home.locale
                )
            )
        )
        group = IntervisionGroup.objects.create(name="Wallonia", slug="wallonia")
        session = IntervisionSessionPage(
            title=f"{SECRET} session",
            slug="session",
            locale=home.locale,
            group=group,
            start=timezone.now() - timedelta(days=3),
            method_slug="codevelopment",
        )
        intervision.add_child(instance=session)
        factories.publish(session)
        day = ExchangeDayPage(
            title=f"{SECRET} exchange day",
            slug="day",
            locale=home.locale,
            date=timezone.localdate() + timedelta(days=10),
        )
        intervision.add_child(instance=day)
        factories.publish(day)
        GlossaryTerm.objects.create(
            slug="reanchoring",
            name_nl="herankering",
            name_fr="ancrage social",
            name_en="reanchoring",
            definition_nl="d",
            definition_fr="d",
            definition_en="d",
        )
    hidden = [never_published, awaiting, restricted, session, day, hidden_partner]
    return {
        "public": [public, dutch],
        "edited": edited,
        "hidden": hidden,
        "group": group,
        "session": session,
    }


@pytest.fixture
def one_sheet(practice_index, django_capture_on_commit_callbacks):
    """A public sheet in Namur, and Ghent known to the taxonomy."""
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_project("ghent-ocmw", city="ghent", region="flanders")
        return factories.make_practice(practice_index, "Guitar workshop")


def person(username, group):
    """The demo user of that name, made a member of the session's group; None for anonymous."""
    if username == "anonymous":
        return None
    users, _passwords = ensure_demo_users()
    group.members.add(users[username])
    return users[username]


def listing(client, endpoint, **params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(client, **params):
    return {item["title"] for item in listing(client, "practices", **params)["items"]}


@pytest.mark.parametrize("username", PEOPLE)
def test_every_reader_gets_the_public_sheets_and_never_a_session_or_a_draft(
    client, corpus, username
):
    user = person(username, corpus["group"])
    if user:
        client.force_login(user)
        # On the site this reader, a member of the session's group, reads the session.
        assert client.get(corpus["session"].url).status_code == 200

    data = listing(client, "practices", limit=20)
    assert data["meta"]["total_count"] == 3
    assert {item["title"] for item in data["items"]} == {
        "Guitar workshop",
        "Fotoproject",
        "Writing workshop",
    }
    partners = listing(client, "partners")
    assert {item["title"] for item in partners["items"]} == {"Théâtre du quartier", "Sportclub"}
    for page in corpus["hidden"]:
        for endpoint in ("practices", "partners"):
            assert client.get(f"/api/v2/{endpoint}/{page.pk}/").status_code == 404
            assert client.get(f"/api/v2/{endpoint}/", {"id": page.pk}).json()["items"] == []
    detail = client.get(f"/api/v2/practices/{corpus['edited'].pk}/").json()
    assert detail["title"] == "Writing workshop"
    for endpoint in ("practices", "partners", "glossary"):
        assert SECRET not in json.dumps(listing(client, endpoint, fields="*"))


def test_a_sheet_shows_its_text_and_facets(client, corpus):
    guitar = corpus["public"][0]
    detail = client.get(f"/api/v2/practices/{guitar.pk}/").json()
    assert detail["summary"] == guitar.summary
    assert detail["facets"]["city"] == ["namur"]
    assert detail["facets"]["region"] == ["wallonia"]
    assert detail["facets"]["domain"] == ["housing"]
    assert detail["meta"]["html_url"].endswith(guitar.url)


def test_sheets_filter_by_the_facets_of_the_site(client, corpus):
    assert titles(client, city="namur") == {"Guitar workshop", "Writing workshop"}
    assert titles(client, city=["namur", "ghent"], region="flanders") == {"Fotoproject"}
    assert titles(client, lang="nl") == {"Fotoproject"}
    assert titles(client, project="ghent-ocmw", domain="housing") == {"Fotoproject"}


def test_partners_filter_by_kind_and_city(client, corpus):
    def partners(**params):
        return {item["title"] for item in listing(client, "partners", **params)["items"]}

    assert partners(kind="culture") == {"Théâtre du quartier"}
    assert partners(city="ghent") == {"Sportclub"}
    assert partners(kind=["culture", "sport"], region="wallonia") == {"Théâtre du quartier"}
    detail = listing(client, "partners", fields="offer,facets", city="ghent")["items"][0]
    assert detail["facets"]["kind"] == ["sport"]
    assert detail["offer"]
    assert client.get("/api/v2/partners/", {"kind": "circus"}).status_code == 400


def test_a_longer_listing_takes_no_more_queries(client, corpus, practice_index):
    with CaptureQueriesContext(connection) as three:
        listing(client, "practices", fields="*")
    for _ in range(4):
        factories.make_practice(practice_index)
    with CaptureQueriesContext(connection) as seven:
        assert len(listing(client, "practices", fields="*")["items"]) == 7
    assert len(seven.captured_queries) == len(three.captured_queries)


def test_the_listing_is_paginated(client, corpus):
    first = listing(client, "practices", limit=2)
    second = listing(client, "practices", limit=2, offset=2)
    assert first["meta"]["total_count"] == 3
    assert len(first["items"]) == 2
    assert len(second["items"]) == 1
    assert listing(client, "practices", offset=10**30)["items"] == []


def test_glossary_terms_are_listed_with_their_three_names(client, corpus):
    item = listing(client, "glossary")["items"][0]
    assert (item["name_nl"], item["name_fr"], item["name_en"]) == (
        "herankering",
        "ancrage social",
        "reanchoring",
    )


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"city": "atlantis"}, "atlantis"),
        ({"lang": "de"}, "de"),
        ({"limit": "abc"}, "limit"),
        ({"limit": "10000"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"order": "nonsense"}, "nonsense"),
        ({"colour": "blue"}, "colour"),
        ({"search": "guitar"}, "search"),
        ({"started": "2026-13-45"}, "2026-13-45"),
        ({"fields": "owner"}, "owner"),
        ({"format": "xml"}, "format"),
        ({"id": str(2**63)}, None),
        ({"type": "intervision.IntervisionSessionPage"}, "type"),
    ],
)
def test_bad_parameters_are_answered_with_a_clear_400(client, one_sheet, params, named):
    response = client.get("/api/v2/practices/", params)
    if named is None:
        assert response.status_code in (200, 400)
        return
    assert response.status_code == 400, response.content
    assert named in response.json()["message"]


def test_an_unknown_facet_value_names_the_known_ones(client, one_sheet):
    message = client.get("/api/v2/practices/", {"city": "atlantis"}).json()["message"]
    assert "namur" in message and "ghent" in message


def test_other_sites_pages_may_read_the_api_from_the_browser(client, one_sheet):
    response = client.get("/api/v2/practices/", HTTP_ORIGIN="https://other.example")
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_api_is_json_only_and_a_missing_sheet_is_a_404(client, one_sheet):
    assert client.get("/api/v2/practices/", HTTP_ACCEPT="text/html")["Content-Type"] == (
        "application/json"
    )
    assert client.get(f"/api/v2/practices/{10**12}/").status_code == 404
