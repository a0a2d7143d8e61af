"""Search as you type: what the box proposes while a reader types."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from kb.glossary.models import GlossaryTerm
from tests import factories
from tests.search import corpus


def titles(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    return [entry["title"] for entry in response.json()["suggestions"]]


@pytest.fixture
def sheets(practice_index, committed):
    with committed():
        guitar = factories.make_practice(practice_index, title="Guitar workshop")
        for code, title in (("fr", "Atelier guitare"), ("nl", "Gitaarworkshop")):
            copy = factories.translate(guitar, code)
            copy.title = title
            factories.publish(copy)
        factories.make_practice(practice_index, title="Workshop on walking")
        factories.make_practice(practice_index, title="Homework club")
        factories.make_practice(practice_index, title="Cycling lessons")
    return guitar


@pytest.fixture
def session(home, committed):
    """An intervision session, confidential to its group."""
    with committed():
        factories.make_project(slug="ghent", city="gent", region="flanders")
        return corpus._session(home)


def test_titles_starting_with_the_text_come_before_those_containing_it(client, sheets):
    assert titles(client, "/en/search/suggest/", "work") == [
        "Workshop on walking",
        "Guitar workshop",
        "Homework club",
    ]


def test_typed_accents_and_case_do_not_matter(client, sheets):
    assert titles(client, "/fr/search/suggest/", "ATELIER GUITARE") == ["Atelier guitare"]
    assert titles(client, "/en/search/suggest/", "cyclíng") == ["Cycling lessons"]


def test_one_suggestion_per_page_in_the_readers_language(client, sheets):
    # A title with a word starting with the text before a compound ending with it.
    assert titles(client, "/nl/search/suggest/", "workshop") == [
        "Workshop on walking",
        "Gitaarworkshop",
    ]
    assert titles(client, "/en/search/suggest/", "guitar") == ["Guitar workshop"]


def test_readers_language_first_even_when_another_title_starts_with_the_text(
    client, sheets, practice_index, committed
):
    with committed():
        factories.make_practice(practice_index, title="Guitars for everyone")
    assert titles(client, "/fr/search/suggest/", "guitar") == [
        "Atelier guitare",
        "Guitars for everyone",
    ]


def test_a_short_text_matches_the_start_of_a_word_not_its_middle(client, sheets):
    """ "hôp" is not "workshop"; from four letters a Dutch compound's tail counts."""
    assert titles(client, "/fr/search/suggest/", "hôp") == []
    assert titles(client, "/en/search/suggest/", "hop") == []
    assert "Guitar workshop" in titles(client, "/en/search/suggest/", "shop")


def test_a_circumflex_for_a_lost_s_finds_the_word_with_the_s(client, practice_index, committed):
    with committed():
        factories.make_practice(practice_index, title="Accueil hospitalier")
    assert titles(client, "/fr/search/suggest/", "hôp") == ["Accueil hospitalier"]


def test_a_sheet_comes_before_the_glossary_term_of_the_same_word(client, home, sheets, committed):
    with committed():
        GlossaryTerm.objects.create(
            slug="guitar",
            name_nl="gitaar",
            name_fr="guitare",
            name_en="guitar",
            definition_nl="Gitaar.",
            definition_fr="Guitare.",
            definition_en="Guitar.",
        )
        factories.publish(factories.make_glossary(home))
    found = client.get("/en/search/suggest/", {"q": "guit"}).json()["suggestions"]
    assert [(entry["title"], entry["type"]) for entry in found] == [
        ("Guitar workshop", "practice"),
        ("guitar", "glossary"),
    ]


def test_a_sheet_with_no_version_in_the_readers_language_is_suggested_in_its_own(client, sheets):
    found = client.get("/nl/search/suggest/", {"q": "cycl"}).json()["suggestions"]
    assert [(entry["title"], entry["lang"]) for entry in found] == [("Cycling lessons", "en")]


def test_each_suggestion_leads_to_its_page(client, sheets):
    [entry] = client.get("/fr/search/suggest/", {"q": "atelier"}).json()["suggestions"]
    assert entry["lang"] == "fr"
    assert entry["type"] == "practice"
    assert client.get(entry["url"]).status_code == 200


def test_glossary_terms_are_suggested(client, home, committed):
    with committed():
        GlossaryTerm.objects.create(
            slug="anchoring",
            name_nl="verankering",
            name_fr="ancrage",
            name_en="anchoring",
            definition_nl="Verankering.",
            definition_fr="Ancrage.",
            definition_en="Anchoring.",
        )
        factories.publish(factories.make_glossary(home))
    response = client.get("/en/search/suggest/", {"q": "anch"})
    assert [(e["title"], e["type"]) for e in response.json()["suggestions"]] == [
        ("anchoring", "glossary")
    ]


def test_sessions_are_suggested_to_their_group_only(client, django_user_model, sheets, session):
    assert titles(client, "/en/search/suggest/", "session") == []
    client.force_login(django_user_model.objects.create_user("outsider"))
    assert titles(client, "/en/search/suggest/", "session") == []
    member = django_user_model.objects.create_user("coach")
    session.group.members.add(member)
    client.force_login(member)
    assert titles(client, "/en/search/suggest/", "session") == [session.title]


def test_at_most_eight_suggestions(client, practice_index, committed):
    with committed():
        for number in range(10):
            factories.make_practice(practice_index, title=f"Neighbourhood walk {number}")
    assert len(titles(client, "/en/search/suggest/", "neighbourhood")) == 8


@pytest.mark.parametrize(
    "q", ["", "w", "   ", "%", "_", "\x00\x00", "'\"[(*", "<script>", "work" * 5000]
)
def test_empty_short_or_odd_text_gives_an_empty_list_not_an_error(client, sheets, q):
    assert titles(client, "/en/search/suggest/", q) == []


def test_also_at_the_unprefixed_address_in_the_negotiated_language(client, sheets):
    response = client.get("/search/suggest/", {"q": "guitar"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert [e["title"] for e in response.json()["suggestions"]] == ["Atelier guitare"]


def test_anonymous_answers_may_be_shared_signed_in_answers_stay_private(
    client, django_user_model, sheets
):
    assert "public" in client.get("/en/search/suggest/", {"q": "work"})["Cache-Control"]
    client.force_login(django_user_model.objects.create_user("coach"))
    cache_control = client.get("/en/search/suggest/", {"q": "work"})["Cache-Control"]
    assert "private" in cache_control
    assert "public" not in cache_control


def plans_of(queries):
    """Each query's plan, the way the database would read its tables."""
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    plans = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET enable_seqscan = off")
        for query in queries:
            cursor.execute(explain + query["sql"])
            plans.append(" ".join(str(cell) for row in cursor.fetchall() for cell in row))
        if connection.vendor == "postgresql":
            cursor.execute("RESET enable_seqscan")
    return plans


@pytest.mark.parametrize("q", ["gu", "work", "shop", "cycling lessons"])
def test_typing_reads_a_few_index_entries_never_every_title(client, sheets, q):
    """So a suggestion costs the same with ten sheets or a hundred thousand."""
    with CaptureQueriesContext(connection) as captured:
        assert titles(client, "/en/search/suggest/", q)
    lookups = [query for query in captured.captured_queries if "search_search" in query["sql"]]
    assert lookups
    for plan in plans_of(lookups):
        by_id = "rowid=?" in plan or "Index Cond: (id = " in plan
        by_start = ("start>? AND start<?" in plan and "TEMP B-TREE" not in plan) or (
            "start)::text >=" in plan and "Sort" not in plan
        )
        assert by_id or by_start, plan
