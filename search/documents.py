"""A page becomes one flat document; both engines index exactly this.

The document carries, besides its own text, what lets a reader find it from
another language: the names of its facet values in every language, the names
of the glossary terms it uses, and the titles and summaries of its
translations. Confidential pages (intervision sessions) are marked
``members`` and contribute no case text at all.
"""

import hashlib
import json
from collections import defaultdict
from datetime import date, datetime, time

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import prefetch_related_objects
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from . import facets, registry
from .audience import AUDIENCE, page_audience
from .declaration import declared
from .text import fold

PUBLIC = "public"
MEMBERS = "members"

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def is_indexable(page):
    """Live, routable pages below a site root; the roots themselves are not content."""
    return page.live and page.depth > 2 and page.get_url() is not None


def visibility(page, restrictions):
    """``members`` or ``public``; None when only some people may read it (never indexed)."""
    if declared(page).confidential or getattr(page, "members_only", False):
        return MEMBERS
    kinds = restrictions.kinds(page)
    if not kinds:
        return PUBLIC
    if kinds == {PageViewRestriction.LOGIN}:
        return MEMBERS
    return None


class GlossaryNames:
    """The glossary's names, folded once per batch, to spot terms a page uses."""

    def __init__(self):
        self.terms = [
            (term, [fold(name) for name in term.all_names if fold(name)])
            for term in registry.glossary_terms()
        ]

    def used_in(self, text):
        haystack = f" {fold(text)} "
        return [
            term for term, names in self.terms if any(f" {name} " in haystack for name in names)
        ]


class Terms:
    """One vocabulary's rows by slug, kept in the order a query for some of them gives."""

    def __init__(self, model):
        # Without an ordering of its own, SQLite returns rows looked up by slug in slug order.
        rows = model.objects.select_related().order_by(*(model._meta.ordering or ["slug"]))
        self.by_slug = {row.slug: row for row in rows}
        self.position = {slug: number for number, slug in enumerate(self.by_slug)}

    def named(self, slugs):
        """The rows of these slugs (unknown ones left out), in the vocabulary's order."""
        known = sorted((slug for slug in slugs if slug in self.by_slug), key=self.position.get)
        return [self.by_slug[slug] for slug in known]


class Vocabulary:
    """The glossary and the taxonomy, read once for many pages rather than per page and facet."""

    def __init__(self):
        self.glossary = GlossaryNames()
        self.terms = {facet.name: Terms(facet.model_class) for facet in facets.TAXONOMY_FACETS}


class ViewRestrictions:
    """The view restrictions over a batch of pages, read in two queries for all of them.

    As in Wagtail, a page is restricted by its own and its ancestors'
    restrictions, and an alias by those of the page it is an alias of.
    """

    def __init__(self, pages):
        self.by_page = defaultdict(set)
        for page_id, kind in PageViewRestriction.objects.values_list("page_id", "restriction_type"):
            self.by_page[page_id].add(kind)
        self.source_by_path = {}
        if self.by_page:
            paths = {path for page in pages for path in _paths_down_to(page)}
            rows = Page.objects.filter(path__in=paths).values_list("path", "pk", "alias_of_id")
            self.source_by_path = {path: alias_of or pk for path, pk, alias_of in rows}

    def kinds(self, page):
        """The restriction types that apply to the page; empty when it is public."""
        if not self.by_page:
            return set()
        sources = {self.source_by_path[path] for path in _paths_down_to(page)}
        return {kind for source in sources for kind in self.by_page.get(source, ())}


def _paths_down_to(page):
    """The tree paths of the page's ancestors and of the page itself."""
    return [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]


class PageData:
    """What the documents of a batch of pages read besides the pages: fetched once for all."""

    def __init__(self, pages):
        self.restrictions = ViewRestrictions(pages)
        self.translations = _translations_by_key(pages)
        _prefetch_facet_relations(pages)

    def translations_of(self, page):
        return [other for other in self.translations[page.translation_key] if other.pk != page.pk]


def build_documents(pages, vocabulary=None):
    """The documents of many specific pages, by page id: as page by page, in far fewer queries."""
    vocabulary = vocabulary or Vocabulary()
    data = PageData(pages)
    return {page.pk: _documents(page, vocabulary, data) for page in pages}


def build_page_documents(page, vocabulary=None):
    """The documents of one page (one, or one per term for a glossary); [] if not searchable."""
    page = page.specific
    return build_documents([page], vocabulary)[page.pk]


def _documents(page, vocabulary, data):
    if not is_indexable(page):
        return []
    seen_by = visibility(page, data.restrictions)
    if seen_by is None:
        return []
    if registry.is_glossary_page(page):
        terms = vocabulary.glossary.terms
        return [glossary_document(page, term, seen_by) for term, _names in terms]
    return [page_document(page, seen_by, vocabulary, data)]


def page_document(page, seen_by, vocabulary, data):
    lang = page.locale.language_code
    declaration = declared(page)
    confidential = declaration.confidential
    summary = _labels(page, declaration) if confidential else _summary(page)
    body = "" if confidential else _body(page, declaration)
    values = facet_values(page, vocabulary.terms)
    extra = {code: [] for code in LANGUAGES}
    for facet in facets.TAXONOMY_FACETS:
        for row in vocabulary.terms[facet.name].named(values.get(facet.name, [])):
            _add_names(extra, row)
    used_terms = vocabulary.glossary.used_in(" ".join([page.title, summary, body]))
    for term in used_terms:
        _add_names(extra, term)
    if not confidential:
        for translation in data.translations_of(page):
            code = translation.locale.language_code
            extra.setdefault(code, []).extend([translation.title, _summary(translation)])
    document = {
        "key": f"page:{page.pk}",
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "type": declaration.type,
        "lang": lang,
        "visibility": seen_by,
        "title": page.title,
        "summary": summary,
        "body": body,
        "extra": {code: [text for text in texts if text] for code, texts in extra.items()},
        "terms": sorted({name for term in used_terms for name in term.all_names}),
        "url": page.get_url(),
        "date": _iso(_date(page, declaration)),
        "glossary_terms": [term.slug for term in used_terms],
        AUDIENCE: page_audience(page),
    }
    document.update(values)
    return finish(document)


def glossary_document(page, term, seen_by):
    lang = page.locale.language_code
    extra = {code: [] for code in LANGUAGES}
    _add_names(extra, term)
    for code in LANGUAGES:
        if code != lang:
            extra[code].append(getattr(term, f"definition_{code}", ""))
    document = {
        "key": f"glossary:{page.pk}:{term.pk}",
        "page_id": page.pk,
        "translation_key": f"glossary:{term.slug}",
        "type": "glossary",
        "lang": lang,
        "visibility": seen_by,
        "title": getattr(term, f"name_{lang}", "") or term.name,
        "summary": getattr(term, f"definition_{lang}", "") or term.definition,
        "body": "",
        "extra": {code: [text for text in texts if text] for code, texts in extra.items()},
        "terms": [],
        "url": page.term_url(term),
        "date": None,
        "glossary_terms": [term.slug],
    }
    return finish(document)


def finish(document):
    """Fill every facet key and add a checksum that changes when anything indexed changes."""
    for facet in facets.FACETS:
        document.setdefault(facet.name, [])
    document.setdefault(AUDIENCE, [])
    document["checksum"] = hashlib.sha256(
        json.dumps(document, sort_keys=True, default=str).encode()
    ).hexdigest()
    return document


def facet_values(page, terms):
    """Slugs per taxonomy facet, found from the page's relations to the vocabularies."""
    values = {facet.name: set() for facet in facets.TAXONOMY_FACETS}
    for field, facet in _facet_relations(type(page)):
        if field.many_to_many:
            values[facet.name].update(row.slug for row in getattr(page, field.name).all())
        elif (row := getattr(page, field.name, None)) is not None:
            values[facet.name].add(row.slug)
    _derive_from_projects(values, terms)
    return {name: sorted(slugs) for name, slugs in values.items()}


def _facet_relations(model):
    """The page model's relations to a vocabulary, each with the facet it feeds."""
    found = []
    for field in model._meta.get_fields():
        if not field.is_relation or field.auto_created or not field.related_model:
            continue
        facet = facets.facet_for_model(field.related_model)
        if facet is not None:
            found.append((field, facet))
    return found


def _prefetch_facet_relations(pages):
    """One query per relation and page model, instead of one per relation and page."""
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, group in by_model.items():
        prefetch_related_objects(group, *(field.name for field, _ in _facet_relations(model)))


def _derive_from_projects(values, terms):
    """City, region and model follow from the project when the page does not say."""
    projects = terms["project"].named(values["project"])
    if not values["city"]:
        values["city"].update(project.city.slug for project in projects)
    if not values["model"]:
        values["model"].update(project.model.slug for project in projects)
    if not values["region"]:
        cities = terms["city"].named(values["city"])
        values["region"].update(city.region.slug for city in cities)


def _add_names(extra, row):
    """A term's names in each language; a tag not yet named in them counts by its one name."""
    names = {code: getattr(row, f"name_{code}", "") for code in LANGUAGES}
    if not any(names.values()):
        names = dict.fromkeys(LANGUAGES, getattr(row, "name", ""))
    for code, name in names.items():
        if name:
            extra.setdefault(code, []).append(name)
    for synonym in getattr(row, "synonyms", "").split(","):
        if synonym.strip():
            extra.setdefault(LANGUAGES[0], []).append(synonym.strip())


def _summary(page):
    for name in declared(page).summary:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return _plain(page, name, value)
    return ""


def _labels(page, declaration):
    """Only the labels of a confidential page (a session's method): never its text."""
    for name in declaration.labels:
        display = getattr(page, f"get_{name}_display", None)
        value = display() if display else getattr(page, name, None)
        if value:
            return str(getattr(value, "label", None) or getattr(value, "name", None) or value)
    return ""


def _body(page, declaration):
    names = declaration.body
    if names is None:
        names = [
            field.field_name
            for field in page.get_search_fields()
            if isinstance(field, index.SearchField)
            and field.field_name not in ("title", *declaration.summary)
        ]
    return " ".join(_field_text(page, name) for name in names).strip()


def _field_text(page, name):
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        value = getattr(page, name, "")
        return str(value() if callable(value) else value or "")
    value = field.value_from_object(page)
    if hasattr(field, "get_searchable_content"):
        return " ".join(str(part) for part in field.get_searchable_content(value))
    return str(value or "")


def _plain(page, name, value):
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        return value
    if hasattr(field, "get_searchable_content"):
        return " ".join(str(part) for part in field.get_searchable_content(value))
    return value


def _translations_by_key(pages):
    """The live pages sharing a translation key with any of the pages, in tree order.

    Only their titles and summaries are read, so their stream fields are not decoded.
    """
    found = defaultdict(list)
    translations = (
        Page.objects.live()
        .filter(translation_key__in={page.translation_key for page in pages})
        .select_related("locale", for_specific_subqueries=True)
        .defer_streamfields()
        .specific()
    )
    for translation in translations:
        found[translation.translation_key].append(translation)
    return found


def _date(page, declaration):
    value = getattr(page, declaration.event_date, None) if declaration.event_date else None
    if isinstance(value, (date, datetime)):
        return value
    return page.last_published_at or page.first_published_at


def _iso(value):
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min)
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.isoformat()
