"""The search contract, run against both engines on the same corpus.

Every expectation is worked out by hand from ``corpus.SHEETS``, so the two
engines agreeing with it means they agree with each other.
"""

from django.contrib.auth import get_user_model

import pytest

from intervision.models import IntervisionGroup
from search.models import SynonymGroup
from tests.search import corpus as corpus_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(shared_corpus, corpus_engine):
    return shared_corpus


@pytest.fixture
def engine(corpus_engine):
    return corpus_engine


def search(client, language="en", **params):
    response = client.get(f"/{language}/search/", {**params, "format": "json"})
    assert response.status_code == 200
    return response.json()


def sheets(corpus, data):
    return [corpus.sheet_of(hit["url"]) for hit in data["results"] if hit["type"] == "practice"]


def counts(data, facet):
    return {entry["value"]: entry["count"] for entry in data["facets"][facet]}


def test_answers_with_the_configured_engine(client, corpus, engine):
    assert search(client)["engine"] == engine


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("guitare", {"guitar"}),
        ("gitaar", {"guitar"}),  # a glossary name the French sheet uses
        ("mobiliteit", {"cycling", "velo"}),  # a facet label in another language
        ("atelier d'écriture", {"writing"}),  # a Dutch sheet found in French
        ("ATELIER D'ECRITURE", {"writing"}),  # case and accents do not matter
        ("Fietslessen", {"cycling"}),  # the title of a translation
        ("locataires vélo", {"velo"}),  # every word must match
        ("guitares", {"guitar"}),  # a plural, through its stem
        ("schrijfateliers", {"writing"}),  # a Dutch plural compound
        ("riding bikes", {"cycling"}),  # English forms
        ("guitarre", {"guitar"}),  # a typo, corrected to a word the index knows
    ],
)
def test_text_match(client, corpus, words, expected):
    data = search(client, q=words, type="practice")
    assert set(sheets(corpus, data)) == expected
    assert data["total"] == len(expected)
    assert data["relaxed"] is False


def test_a_synonym_group_bridges_words_no_sheet_uses(client, corpus):
    assert search(client, q="muziek", type="practice")["total"] == 0
    SynonymGroup.objects.create(terms="muziek, musique, music")
    data = search(client, q="muziek", type="practice")
    assert set(sheets(corpus, data)) == {"guitar"}
    assert counts(data, "type") == {"practice": 1}


def test_no_sheet_with_every_word_gives_the_sheets_with_some(client, corpus):
    data = search(client, q="guitare mobiliteit", type="practice")
    assert set(sheets(corpus, data)) == {"guitar", "cycling", "velo"}
    assert data["relaxed"] is True


def test_best_match_comes_first(client, corpus):
    data = search(client, language="nl", q="gitaar")
    assert corpus.sheet_of(data["results"][0]["url"]) == "guitar"


@pytest.mark.parametrize(
    ("facet", "value"),
    [
        ("domain", "mobility"),
        ("domain", "socio-cultural-participation"),
        ("model", "partnership"),
        ("model", "complementarity"),
        ("city", "brussels"),
        ("region", "wallonia"),
        ("project", "ghent"),
        ("level", "collective"),
        ("phase", "fitting-out"),
        ("tag", "music"),
        ("lang", "nl"),
    ],
)
def test_each_facet_filters(client, corpus, facet, value):
    data = search(client, type="practice", **{facet: value})
    expected = corpus.expected({facet: [value]})
    assert set(sheets(corpus, data)) == expected
    assert data["total"] == len(expected)
    assert counts(data, facet)[value] == len(expected)


def test_or_within_a_facet_and_across_facets(client, corpus):
    either = search(client, type="practice", domain=["housing", "mobility"])
    assert set(sheets(corpus, either)) == {"cycling", "velo", "visit"}
    both = search(
        client, type="practice", domain="socio-cultural-participation", model="partnership"
    )
    assert set(sheets(corpus, both)) == {"guitar"}


def test_counts_apply_the_other_facets_filters(client, corpus):
    data = search(client, type="practice", domain="mobility", city="brussels")
    assert set(sheets(corpus, data)) == {"velo"}
    domain_counts = counts(data, "domain")
    brussels = corpus.expected({"city": ["brussels"]})
    for domain in ("mobility", "socio-cultural-participation", "city-neighbourhood"):
        expected = len(brussels & corpus.expected({"domain": [domain]}))
        assert domain_counts.get(domain, 0) == expected
    city_counts = counts(data, "city")
    assert city_counts == {"brussels": 1, "gent": 1}


def test_selected_value_without_hits_is_still_shown(client, corpus):
    data = search(client, type="practice", domain="health")
    assert data["total"] == 0
    health = [entry for entry in data["facets"]["domain"] if entry["value"] == "health"]
    assert health == [{"value": "health", "label": "Health", "count": 0, "selected": True}]


def test_unknown_facet_values_are_ignored(client, corpus):
    plain = search(client, type="practice")
    odd = search(client, type=["practice", "spaceship"], city="nowhere", domain="<script>")
    assert odd["total"] == plain["total"] == len(corpus_module.SHEETS)


def test_sort_newest_and_pagination(client, corpus):
    data = search(client, type="practice", sort="newest")
    names = sheets(corpus, data)
    newest_first = sorted(
        corpus_module.SHEETS,
        key=lambda sheet: max(p.last_published_at for p in corpus.pages[sheet.name].values()),
        reverse=True,
    )
    assert names == [sheet.name for sheet in newest_first]
    beyond = search(client, type="practice", sort="newest", page=7)
    assert beyond["page"] == beyond["pages"] == 1  # a page past the end shows the last one
    assert sheets(corpus, beyond) == names


def test_small_pages_cover_every_hit_once(corpus, engine):
    from django.http import QueryDict

    from search.query import SearchQuery, run_search

    found = []
    for page in (1, 2, 3):
        query = SearchQuery.from_params(QueryDict(f"type=practice&sort=newest&page={page}"))
        query.per_page = 2
        results = run_search(query)
        assert results.pages == 3
        found += [hit.url for hit in results.hits]
    assert len(found) == len(set(found)) == len(corpus_module.SHEETS)


def test_each_hit_is_shown_in_the_readers_language(client, corpus):
    nl = search(client, language="nl", q="cycling")
    assert [hit["lang"] for hit in nl["results"]] == ["nl"]
    en = search(client, language="en", q="fietslessen")
    assert [hit["lang"] for hit in en["results"]] == ["en"]
    fr = search(client, language="fr", q="cycling")
    assert [hit["lang"] for hit in fr["results"]] == ["en"]  # no French version: its own


def test_confidential_sessions_only_for_their_group(client, corpus):
    anonymous = search(client, q="bike")
    assert "intervision" not in [hit["type"] for hit in anonymous["results"]]
    assert "intervision" not in counts(anonymous, "type")
    users = get_user_model().objects
    client.force_login(users.create_user("outsider", "o@example.org", "a-long-password-1"))
    outsider = search(client, q="bike")
    assert "intervision" not in [hit["type"] for hit in outsider["results"]]
    assert "intervision" not in counts(outsider, "type")
    member = users.create_user("member", "m@example.org", "a-long-password-1")
    IntervisionGroup.objects.get(slug="ghent-intervision").members.add(member)
    client.force_login(member)
    found = search(client, q="bike")
    assert "intervision" in [hit["type"] for hit in found["results"]]


def test_case_text_is_never_indexed(client, corpus):
    user = get_user_model().objects.create_user("member", "m@example.org", "a-long-password-1")
    client.force_login(user)
    assert search(client, q="afraid")["total"] == 0


HOSTILE = [
    '"',
    '"[(',
    "a" * 5000,
    "title:(workshop AND",
    "' OR 1=1; DROP TABLE search_searchdocument; --",
    "*:* AND NOT ~ ^ / \\",
    "\u202e\u0000 ☃ 漢字 emoji 🎸",
    "{{ }} {% %} <script>alert(1)</script>",
    "AND OR NOT NEAR",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(client, corpus, query):
    response = client.get("/en/search/", {"q": query, "page": "abc", "city": "nowhere"})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    data = search(client, q=query, page="-3", sort="sideways")
    assert data["page"] == 1
