"""Bad input never gives a 500: thousands of generated query strings, none answered 5xx."""

from http import HTTPStatus
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from practices.models import PracticePage
from tests import factories

from .admin_forms import add_practice_url, practice_form_data

PARAMETERS = [
    "q", "type", "domain", "model", "city", "region", "project", "level", "target",
    "phase", "empowerment", "lang", "tag", "sort", "page", "format",
]  # fmt: skip
ODD_VALUES = [
    "", "0", "-1", "1e9", "nan", "99999999999999999999", "json", "JSON", "relevance",
    "newest", "housing", "namur", "' OR 1=1 --", "<script>alert(1)</script>", "%", "%%",
    "\\", '"', "*", "?", "AND OR NOT", "(((", "~1", "a:b", "/", "../../etc/passwd",
    "a" * 100_000, "é" * 20_000, "🙂" * 2_000, "\u202e\u200b", "\x00", "\t\n",
]  # fmt: skip

values = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.text(max_size=80),
    st.integers().map(str),
)
names = st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=15))
parameter_lists = st.lists(st.tuples(names, values), max_size=15)
query_strings = st.one_of(
    parameter_lists.map(lambda pairs: urlencode(pairs)),
    st.text(max_size=300).map(lambda text: quote(text, safe="=&%;+")),
    # Raw bytes as a client may send them, undecodable percent escapes included.
    st.binary(max_size=300).map(lambda raw: raw.decode("latin-1")),
    st.lists(
        st.sampled_from(["q=", "page=", "&", "=", "%", "%zz", "%c3", "+", ";", "format=json"])
    ).map("".join),
)

FUZZ = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def corpus(practice_index):
    for domains in (("housing",), ("health", "work")):
        factories.make_practice(practice_index, domains=domains)
    return practice_index


def answer(client, path, query_string):
    return client.get(path, QUERY_STRING=query_string).status_code


@FUZZ
@given(query_string=query_strings)
def test_search_never_answers_a_server_error(client, corpus, query_string):
    assert answer(client, "/en/search/", query_string) < HTTPStatus.INTERNAL_SERVER_ERROR


@FUZZ
@given(query_string=query_strings)
def test_the_practice_index_never_answers_a_server_error(client, corpus, query_string):
    assert answer(client, corpus.url, query_string) < HTTPStatus.INTERNAL_SERVER_ERROR


def test_an_admin_post_missing_its_block_count_is_refused_with_a_message(
    client, coach, practice_index, namur
):
    client.force_login(coach)
    data = practice_form_data(namur)
    del data["body-count"]

    response = client.post(add_practice_url(practice_index), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "arrived incomplete" in response.content.decode()
    assert not PracticePage.objects.filter(slug="guitar-lessons").exists()
