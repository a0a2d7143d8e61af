"""Building the index in batches: the same documents as page by page, in few queries."""

from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

import pytest

from kb.taxonomy.models import LifeDomain
from search import indexing
from search.analysis import analyse
from search.analysis.highlight import highlight
from search.analysis.lexicon import Lexicon
from search.documents import MEMBERS, build_documents, build_page_documents
from search.models import SearchDocument, SearchFacetValue
from search.text import fold
from tests import factories
from tests.search import corpus


def restrict(page, kind):
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret")


@pytest.fixture
def restricted_corpus(home):
    """The search corpus, plus a sheet for members only and a sheet behind a password."""
    built = corpus.build(home)
    restrict(built.pages["writing"]["nl"], PageViewRestriction.LOGIN)
    restrict(built.pages["velo"]["fr"], PageViewRestriction.PASSWORD)
    return built


def sheet(index, n):
    """A sheet with the relations and translation every other sheet of a test has too."""
    page = factories.make_practice(
        index, title=f"Sheet {n}", domains=("housing", "mobility"), summary="Tenants cook."
    )
    page.tags.add("cooking")
    factories.publish(page)
    factories.translate(page, "fr")
    return page


def full_text_entries():
    content_type = ContentType.objects.get_for_model(SearchDocument)
    return IndexEntry.objects.filter(content_type=content_type)


def test_batched_documents_are_those_built_page_by_page(restricted_corpus):
    pages = list(Page.objects.filter(depth__gt=2).specific())
    batched = build_documents(pages)
    one_by_one = {page.pk: build_page_documents(Page.objects.get(pk=page.pk)) for page in pages}
    assert batched == one_by_one
    by_key = {doc["key"]: doc for docs in batched.values() for doc in docs}
    writing, velo = restricted_corpus.pages["writing"]["nl"], restricted_corpus.pages["velo"]["fr"]
    assert by_key[f"page:{writing.pk}"]["visibility"] == MEMBERS
    assert batched[velo.pk] == []
    cycling = restricted_corpus.pages["cycling"]["en"]
    assert "Fietslessen in Gent" in by_key[f"page:{cycling.pk}"]["extra"]["nl"]
    assert {doc["type"] for doc in by_key.values()} >= {"practice", "glossary", "intervision"}


def built(payload):
    """A stored document as built, without the terms indexing analysed from it."""
    return {name: value for name, value in payload.items() if name != "index"}


def test_rebuild_stores_the_documents_built_page_by_page(restricted_corpus):
    call_command("search_index", "rebuild")
    stored = {row.key: built(row.payload) for row in SearchDocument.objects.all()}
    expected = {
        doc["key"]: doc
        for page in Page.objects.filter(depth__gt=2)
        for doc in build_page_documents(page)
    }
    assert stored == expected


def analysed_tables():
    """The search tables the database's query planner has statistics for."""
    tables = [model._meta.db_table for model in (SearchDocument, SearchFacetValue)]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if not cursor.fetchall():
                return set()
            cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
        else:
            # reltuples stays -1 until the table is first analysed.
            cursor.execute("SELECT relname FROM pg_class WHERE reltuples >= 0")
        return {name for (name,) in cursor.fetchall()} & set(tables)


def test_rebuild_leaves_statistics_for_the_query_planner(restricted_corpus):
    """Without them SQLite guessed its indexes and read every public document per search."""
    call_command("search_index", "rebuild", stdout=StringIO())
    assert analysed_tables() == {
        SearchDocument._meta.db_table,
        SearchFacetValue._meta.db_table,
    }


def test_indexing_more_pages_takes_no_more_queries(home):
    index = factories.make_practice_index(home)
    warm_up, *pages = [sheet(index, n).pk for n in range(9)]
    indexing.index_pages([warm_up])
    with CaptureQueriesContext(connection) as two_pages:
        indexing.index_pages(pages[:2])
    with CaptureQueriesContext(connection) as six_pages:
        indexing.index_pages(pages[2:])
    assert SearchDocument.objects.filter(page_id__in=pages).count() == 8
    assert len(six_pages) == len(two_pages)


def test_rebuild_leaves_one_full_text_entry_per_document(restricted_corpus):
    call_command("search_index", "rebuild")
    call_command("search_index", "rebuild")
    documents = set(SearchDocument.objects.values_list("pk", flat=True))
    entries = [
        int(object_id) for object_id in full_text_entries().values_list("object_id", flat=True)
    ]
    assert len(entries) == len(documents) > 0
    assert set(entries) == documents


def test_removed_documents_lose_their_full_text_entries(restricted_corpus):
    call_command("search_index", "rebuild")
    guitar = restricted_corpus.pages["guitar"]["fr"]
    indexing.remove_pages([guitar.pk])
    entries = {
        int(object_id) for object_id in full_text_entries().values_list("object_id", flat=True)
    }
    assert entries == set(SearchDocument.objects.values_list("pk", flat=True))
    assert not SearchDocument.objects.filter(page=guitar).exists()


def test_reindexing_a_changed_page_replaces_its_document_and_facets(home):
    index = factories.make_practice_index(home)
    page = sheet(index, 1)
    indexing.index_pages([page.pk])
    page.life_domains.set(LifeDomain.objects.filter(slug="health"))
    page.title = "Sheet about health"
    factories.publish(page)
    indexing.index_pages([page.pk])
    row = SearchDocument.objects.get(page=page)
    assert built(row.payload) == build_page_documents(page)[0]
    assert row.title == "Sheet about health"
    assert set(row.facet_values.filter(facet="domain").values_list("value", flat=True)) == {
        "health"
    }
    assert full_text_entries().filter(object_id=str(row.pk)).count() == 1


def test_check_repairs_missing_outdated_and_stale_documents(restricted_corpus):
    call_command("search_index", "rebuild")
    expected = dict(SearchDocument.objects.values_list("key", "checksum"))
    guitar = restricted_corpus.pages["guitar"]["fr"]
    cycling = restricted_corpus.pages["cycling"]["en"]
    SearchDocument.objects.filter(page=guitar).delete()
    SearchDocument.objects.filter(page=cycling).update(checksum="outdated")
    SearchDocument.objects.create(key="page:0", page=guitar, title="Gone", url="/gone/")
    out = StringIO()
    call_command("search_index", "check", stdout=out)
    assert "Database: 1 missing, 1 outdated, 1 stale" in out.getvalue()
    assert dict(SearchDocument.objects.values_list("key", "checksum")) == expected


def test_folding_keeps_its_words_and_highlights_in_place():
    assert fold("Ça, c'est l'ÉCOLE d'İstanbul — ½ ﬁn") == "ca c est l ecole d istanbul 1 fn"
    lexicon = Lexicon({})
    terms = analyse("istanbul cafe noel", "fr", lexicon)
    assert highlight("Une visite à İstanbul, au café Noël.", "fr", terms, lexicon=lexicon) == (
        "Une visite à <mark>İstanbul</mark>, au <mark>café</mark> <mark>Noël</mark>."
    )
