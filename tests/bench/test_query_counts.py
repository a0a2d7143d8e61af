"""SQL queries per page type do not grow with the size of the corpus.

Both corpora are large enough for every listing to show a full first page, so a
query per listed result (an N+1) shows up as a difference too.
"""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from bench import pages

FACETS = [("domain", "socio-cultural-participation")]


def _counts(member):
    urls = pages.page_urls(facets=FACETS)
    counts = {}
    for who in ("anonymous", "member"):
        client = Client(HTTP_CACHE_CONTROL="no-cache")
        if who == "member":
            client.force_login(member)
        for name, url in urls.items():
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            assert response.status_code == 200, (name, url, response.status_code)
            counts[f"{name}/{who}"] = len(captured)
    return counts


@pytest.mark.django_db
def test_queries_per_page_are_the_same_on_a_small_and_a_larger_corpus(build_corpus):
    member = get_user_model().objects.create_user("coach", password="a long password 123")
    build_corpus(100, seed=1)
    small = _counts(member)
    build_corpus(300, seed=2)
    larger = _counts(member)
    assert larger == small
