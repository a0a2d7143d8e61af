"""Partners are found like everything else, with the same answers on both engines.

A small corpus of partner organisations in three languages, and one practice
sheet beside them; every expectation is worked out by hand from ``PARTNERS``.
"""

from dataclasses import dataclass

import pytest

from kb.taxonomy.models import City
from search.models import SynonymGroup
from tests import factories

from .conftest import built_in_both_engines

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Partner:
    slug: str
    lang: str
    title: str
    offer: str
    kind: str
    city: str


CITIES = {
    # city: region
    "ghent": "flanders",
    "kortrijk": "flanders",
    "genk": "flanders",
    "charleroi": "wallonia",
    "namur": "wallonia",
    "brussels": "brussels",
}

PARTNERS = [
    Partner(
        "ocmw-gent",
        "nl",
        "OCMW Gent",
        "Leefloon, budgetbegeleiding en een maatschappelijk werker per wijk.",
        "social-services",
        "ghent",
    ),
    Partner(
        "cpas-charleroi",
        "fr",
        "CPAS de Charleroi",
        "Revenu d'intégration et accompagnement social des locataires.",
        "social-services",
        "charleroi",
    ),
    Partner(
        "article-27-namur",
        "fr",
        "Article 27 Namur",
        "Des places de théâtre et de concert à petit prix.",
        "culture",
        "namur",
    ),
    Partner(
        "sportclub-kortrijk",
        "nl",
        "Sportclub Kortrijk",
        "Wekelijks zwemmen en voetbal voor wie wil aansluiten.",
        "sport",
        "kortrijk",
    ),
    Partner(
        "buurtcentrum-genk",
        "nl",
        "Buurtcentrum Genk",
        "Soep op maandag en een naaiatelier, samen met het OCMW.",
        "neighbourhood-centre",
        "genk",
    ),
    Partner(
        "reading-circle-brussels",
        "en",
        "Reading circle Brussels",
        "A weekly reading group for adults who are learning to read.",
        "literacy-education",
        "brussels",
    ),
]
BY_SLUG = {partner.slug: partner for partner in PARTNERS}
PRACTICES = ("Theatre outings", "A weekly club")


def build():
    home = factories.make_site()
    for city, region in CITIES.items():
        factories.make_project(slug=f"{city}-project", city=city, region=region)
    City.objects.filter(slug="ghent").update(name_nl="Gent", name_fr="Gand", name_en="Ghent")
    indexes = {"en": factories.make_partner_index(home)}
    for code in ("fr", "nl"):
        indexes[code] = factories.translate(indexes["en"], code)
    for partner in PARTNERS:
        factories.make_partner(
            indexes[partner.lang],
            title=partner.title,
            slug=partner.slug,
            offer=partner.offer,
            kind=partner.kind,
            city=City.objects.get(slug=partner.city),
        )
    practices = factories.make_practice_index(home)
    factories.make_practice(practices, title=PRACTICES[0], project=factories.make_project())
    factories.make_practice(
        practices,
        title=PRACTICES[1],
        summary=BY_SLUG["reading-circle-brussels"].offer,
        project=factories.make_project(),
    )


@pytest.fixture(scope="module")
def partner_corpus(request, django_db_setup, django_db_blocker):
    with built_in_both_engines(request, django_db_blocker, build) as (_built, overrides):
        yield overrides


@pytest.fixture(params=["database", "elastic"])
def engine(request, partner_corpus, db, settings):
    if request.param == "elastic":
        if "ELASTICSEARCH_INDEX" not in partner_corpus:
            pytest.skip("osmem-server is not available")
        for name, value in partner_corpus.items():
            setattr(settings, name, value)
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


def search(client, engine, language="en", **params):
    response = client.get(
        f"/{language}/search/", {**params, "format": "json"}, HTTP_CACHE_CONTROL="no-cache"
    )
    assert response.status_code == 200
    data = response.json()
    assert data["engine"] == engine
    return data


def found(data):
    return {hit["url"].rstrip("/").rsplit("/", 1)[-1] for hit in data["results"]}


def counts(data, facet):
    """The values of ``facet`` that some hit carries, with their counts."""
    return {entry["value"]: entry["count"] for entry in data["facets"][facet] if entry["count"]}


def expected(**filters):
    """The partners whose kind, city and region match every given filter (OR within one)."""
    return {
        partner.slug
        for partner in PARTNERS
        if all(
            {"kind": partner.kind, "city": partner.city, "region": CITIES[partner.city]}[name]
            in values
            for name, values in filters.items()
        )
    }


def test_partners_are_a_document_type_of_their_own(client, engine):
    data = search(client, engine, type="partner")

    assert found(data) == set(BY_SLUG)
    assert data["total"] == len(PARTNERS)
    assert counts(data, "type")["partner"] == len(PARTNERS)
    assert counts(data, "type")["practice"] == len(PRACTICES)
    assert {hit["type"] for hit in data["results"]} == {"partner"}


@pytest.mark.parametrize(
    "filters",
    [
        {"kind": ["social-services"]},
        {"kind": ["culture", "sport"]},
        {"city": ["ghent"]},
        {"region": ["flanders"]},
        {"region": ["wallonia"], "kind": ["social-services"]},
        {"city": ["brussels", "genk"]},
    ],
)
def test_kind_city_and_region_filter_partners(client, engine, filters):
    data = search(client, engine, type="partner", **filters)

    assert found(data) == expected(**filters)
    assert data["total"] == len(expected(**filters))


def test_each_facet_counts_with_the_other_facets_applied(client, engine):
    data = search(client, engine, type="partner", region="flanders", kind="sport")

    assert found(data) == {"sportclub-kortrijk"}
    assert counts(data, "kind") == {"social-services": 1, "sport": 1, "neighbourhood-centre": 1}
    assert counts(data, "city") == {"kortrijk": 1}
    assert counts(data, "region") == {"flanders": 1}
    assert counts(data, "type") == {"partner": 1}


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "Social services (OCMW/CPAS, CAW)"),
        ("nl", "Sociale diensten (OCMW, CAW)"),
        ("fr", "Services sociaux (CPAS, CAW)"),
    ],
)
def test_the_kind_facet_reads_in_the_readers_language(client, engine, language, label):
    data = search(client, engine, language=language, type="partner", kind="social-services")

    [entry] = [entry for entry in data["facets"]["kind"] if entry["value"] == "social-services"]
    assert entry["label"] == label
    assert entry["selected"] is True


@pytest.mark.parametrize(
    ("language", "words", "slugs"),
    [
        ("fr", "maison de quartier", {"buurtcentrum-genk"}),  # a kind's name in another language
        ("nl", "alfabetisering", {"reading-circle-brussels"}),
        ("en", "theatre", {"article-27-namur"}),  # a French partner found in English
        ("nl", "Gand", {"ocmw-gent"}),  # its city's French name
    ],
)
def test_partners_are_found_in_the_three_languages(client, engine, language, words, slugs):
    data = search(client, engine, language=language, q=words, type="partner")

    assert found(data) == slugs


def test_ocmw_and_cpas_are_one_word_through_the_synonyms(client, engine):
    """The kind's names say OCMW/CPAS; the Genk centre's own text says only OCMW."""
    before = search(client, engine, language="fr", q="CPAS", type="partner")
    assert found(before) == {"ocmw-gent", "cpas-charleroi"}

    SynonymGroup.objects.create(terms="OCMW, CPAS")
    after = search(client, engine, language="fr", q="CPAS", type="partner")

    assert found(after) == {"ocmw-gent", "cpas-charleroi", "buurtcentrum-genk"}
    assert after["total"] == 3


def test_the_search_page_offers_the_kind_of_partner_facet(client, engine):
    page = client.get("/fr/search/", {"type": "partner"}, HTTP_CACHE_CONTROL="no-cache").text

    assert "Type de partenaire" in page
    assert "Article 27 Namur" in page
    assert "Maison de quartier" in page


def test_a_sheet_comes_before_a_partner_saying_the_same(client, engine):
    """The partner's title even names the words; a search over every type puts practices first."""
    data = search(client, engine, q="reading group")

    assert [hit["title"] for hit in data["results"]] == [
        PRACTICES[1],
        "Reading circle Brussels",
    ]
