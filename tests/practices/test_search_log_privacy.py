"""The log of searches keeps no name nor number a coach typed, and nothing for ever."""

from datetime import timedelta

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query

import pytest

from search.models import ZeroResultDailyHits
from search.querylog import record_search


@pytest.fixture
def logged(django_capture_on_commit_callbacks):
    """Record searches as a request does, the rows written once it commits."""

    def record(*texts, total=0):
        with django_capture_on_commit_callbacks(execute=True):
            for text in texts:
                record_search(text, total)

    return record


def logged_strings():
    return set(Query.objects.values_list("query_string", flat=True))


@pytest.mark.parametrize(
    "text",
    ["Jean Dupont", "dupont jean", "DUPONT Jean", "85.07.30-033.28", "850730/033/28"],
)
def test_a_search_for_a_person_is_not_logged(db, logged, text):
    logged(text)

    assert logged_strings() == set()
    assert not ZeroResultDailyHits.objects.exists()


def test_a_search_for_a_practice_is_logged(db, logged):
    logged("moestuin", "guitar workshop")

    assert logged_strings() == {"moestuin", "guitar workshop"}


def searched_days_ago(text, days):
    """A search without results logged ``days`` ago."""
    query = Query.get(text)
    day = timezone.localdate() - timedelta(days=days)
    query.add_hit(day)
    ZeroResultDailyHits.objects.create(query=query, date=day, hits=1)


def test_searches_are_forgotten_after_the_retention_period(db, logged):
    searched_days_ago("velo", 91)
    searched_days_ago("jardin", 89)

    logged("moestuin")

    assert logged_strings() == {"jardin", "moestuin"}
    assert set(ZeroResultDailyHits.objects.values_list("query__query_string", flat=True)) == {
        "jardin",
        "moestuin",
    }


def test_the_retention_period_is_a_setting(db, logged, settings):
    settings.SEARCH_LOG_RETENTION_DAYS = 30
    searched_days_ago("velo", 31)

    logged("jardin")

    assert logged_strings() == {"jardin"}
