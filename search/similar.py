"""Similar documents, worked out when content changes and stored, never when a page is read.

Two public documents of one type are alike by the facet values (life
domains, project, levels, phases, tags ...) and title terms they share: more
shared features rank first, then rarer ones, then newer documents. One piece
of Python over what both engines index, so the lists are the same whatever
engine answers searches, and a sheet page reads its list from the database.
Confidential documents never get a list nor appear in one.
"""

import math
from collections import defaultdict

from django.db.models import Value

from . import facets
from .documents import PUBLIC
from .models import SearchDocument, SearchFacetValue, SearchTitleTerm, SimilarDocument
from .rows import insert_rows

#: Documents read per feature: all those of a rare one, the newest of a common one.
HOLDERS_PER_VALUE = 40
#: Similar documents kept per document.
KEPT = 4


class Corpus:
    """The public documents of one type with what they are compared on, read in three queries.

    A document's features are its facet values and the analysed terms of its
    title, so a guitar workshop is closer to a writing workshop than to a walk.
    """

    def __init__(self, doc_type):
        documents = SearchDocument.objects.filter(type=doc_type, visibility=PUBLIC)
        rows = documents.order_by("-date", "translation_key", "pk").values_list(
            "pk", "translation_key"
        )
        self.group = dict(rows)
        self.position = {document: number for number, document in enumerate(self.group)}
        self.values = defaultdict(list)
        self.holders = defaultdict(list)
        facet_values = SearchFacetValue.objects.filter(
            document__in=documents, facet__in=facets.SIMILARITY_FACETS
        ).values_list("document_id", "facet", "value")
        title_terms = SearchTitleTerm.objects.filter(document__in=documents).values_list(
            "document_id", Value("title"), "term"
        )
        for features in (facet_values, title_terms):
            for document, kind, value in features:
                self.values[document].append((kind, value))
                self.holders[kind, value].append(document)
        for holders in self.holders.values():
            holders.sort(key=self.position.get)

    def like(self, document):
        """Ids of the documents most like ``document``: one per translation group, never its own."""
        own = self.group.get(document)
        if own is None:
            return []
        shared, weight = defaultdict(int), defaultdict(float)
        for value in self.values[document]:
            holders = self.holders[value]
            rarity = math.log(1 + len(self.group) / len(holders))
            read = 0
            for other in holders:
                if self.group[other] == own:
                    continue
                shared[other] += 1
                weight[other] += rarity
                read += 1
                if read == HOLDERS_PER_VALUE:
                    break
        ranked = sorted(
            shared, key=lambda other: (-shared[other], -weight[other], self.position[other])
        )
        groups, found = {own}, []
        for other in ranked:
            if self.group[other] not in groups:
                groups.add(self.group[other])
                found.append(other)
                if len(found) == KEPT:
                    break
        return found


def listing(document_ids):
    """Ids of the documents whose stored lists name any of these documents."""
    return set(
        SimilarDocument.objects.filter(other_id__in=list(document_ids)).values_list(
            "document_id", flat=True
        )
    )


def refresh(document_ids):
    """Work out again the lists of these documents, their new neighbours and those naming them."""
    document_ids = set(document_ids)
    targets = document_ids | listing(document_ids)
    types = SearchDocument.objects.filter(pk__in=targets, visibility=PUBLIC).values_list(
        "type", flat=True
    )
    lists = {}
    for doc_type in set(types):
        corpus = Corpus(doc_type)
        for document in targets & corpus.group.keys():
            lists[document] = corpus.like(document)
        changed = document_ids & corpus.group.keys()
        neighbours = {other for document in changed for other in lists[document]}
        for document in neighbours - lists.keys():
            lists[document] = corpus.like(document)
    _write(targets | lists.keys(), lists)


def refresh_all():
    """Every public document's list, as after a rebuild: one corpus read per type."""
    lists = {}
    for doc_type in set(SearchDocument.objects.values_list("type", flat=True)):
        corpus = Corpus(doc_type)
        for document in corpus.group:
            lists[document] = corpus.like(document)
    SimilarDocument.objects.all().delete()
    _create(lists)


def _write(cleared, lists):
    SimilarDocument.objects.filter(document_id__in=list(cleared)).delete()
    _create(lists)


def _create(lists):
    insert_rows(
        SimilarDocument,
        ("document", "other", "rank"),
        (
            (document, other, rank)
            for document, found in lists.items()
            for rank, other in enumerate(found)
        ),
    )


def stored(key, limit):
    """(translation key, page id) of the documents stored as like the document ``key``."""
    rows = SimilarDocument.objects.filter(document__key=key).order_by("rank")
    return list(rows.values_list("other__translation_key", "other__page_id")[:limit])
