"""What people searched without finding: logged without anyone attached, answered by editors."""

import re
from html import unescape

from django.contrib.auth.models import Group

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

import pytest

from search.models import ZeroResultDailyHits
from search.querylog import record_search
from tests import factories

REPORT = "/admin/searches-without-results/"
LOG_MODELS = (Query, QueryDailyHits, ZeroResultDailyHits)


@pytest.fixture
def sheet(practice_index, committed):
    with committed():
        return factories.make_practice(practice_index, title="Guitar workshop")


def stored_values():
    """Every value of every row of the search log, as text."""
    return [
        str(getattr(row, field.attname))
        for model in LOG_MODELS
        for row in model.objects.all()
        for field in model._meta.concrete_fields
    ]


def zero_result_counts():
    return {
        row.query.query_string: row.hits
        for row in ZeroResultDailyHits.objects.select_related("query")
    }


def test_searches_are_logged_without_the_searcher(client, django_user_model, sheet, committed):
    user = django_user_model.objects.create_user("camille", email="camille@example.org")
    client.force_login(user)
    with committed():
        client.get("/en/search/", {"q": "  Moestuin  Gent "}, REMOTE_ADDR="203.0.113.7")
        client.get("/en/search/", {"q": "guitar"}, REMOTE_ADDR="203.0.113.7")
    assert {q.query_string: q.hits for q in Query.objects.all()} == {
        "moestuin gent": 1,
        "guitar": 1,
    }
    values = stored_values()
    for trace in ("camille", "203.0.113.7", client.session.session_key):
        assert not any(trace in value for value in values)
    for model in LOG_MODELS:
        names = {field.name for field in model._meta.concrete_fields}
        assert names <= {"id", "query", "query_string", "date", "hits"}


def test_only_searches_that_found_nothing_count_as_without_results(
    client, django_user_model, sheet, committed
):
    # Signed in, so that every request reaches the view rather than the anonymous page cache.
    client.force_login(django_user_model.objects.create_user("camille"))
    with committed():
        for q in ("moestuin", "moestuin", "guitar", ""):
            client.get("/en/search/", {"q": q})
    assert zero_result_counts() == {"moestuin": 2}
    assert Query.objects.get(query_string="guitar").hits == 1


def test_the_report_lists_searches_without_results_most_frequent_first(admin_client, committed):
    with committed():
        for text, total, times in (("velo", 0, 1), ("moestuin", 0, 3), ("guitar", 4, 5)):
            for _ in range(times):
                record_search(text, total)
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    rows = re.findall(r"<tr>.*?</tr>", response.content.decode(), re.S)
    listed = [query for row in rows for query in ("moestuin", "velo", "guitar") if query in row]
    assert listed == ["moestuin", "velo"]


def test_the_report_is_for_those_who_can_answer(client, django_user_model, committed):
    with committed():
        record_search("moestuin", 0)
    coach = django_user_model.objects.create_user("coach")
    coach.groups.add(Group.objects.get(name="Coach"))
    client.force_login(coach)
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert "moestuin" not in response.content.decode()


def answer_links(admin_client):
    html = admin_client.get(REPORT).content.decode()
    return {
        unescape(label.strip()): unescape(href)
        for href, label in re.findall(r'<a class="button[^"]*" href="([^"]+)">([^<]+)</a>', html)
    }


def test_each_answer_opens_its_form_filled_in_with_the_search(admin_client, committed):
    with committed():
        record_search("Jardin partagé", 0)
    links = answer_links(admin_client)
    promotion = admin_client.get(links["Promote a result"]).content.decode()
    assert re.search(r'name="query_string"[^>]*value="jardin partagé"', promotion)
    synonyms = admin_client.get(links["Add a synonym group"]).content.decode()
    assert re.search(r'<textarea name="terms"[^>]*>\s*jardin partagé</textarea>', synonyms)
