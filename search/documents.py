"""A page becomes one flat document; both engines index exactly this.

The document carries, besides its own text, what lets a reader find it from
another language: the names of its facet values in every language, the names
of the glossary terms it uses, and the titles and summaries of its
translations. Confidential pages (intervision sessions) are marked
``members`` and contribute no case text at all.
"""

import hashlib
import json
from datetime import date, datetime, time

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from . import facets
from .text import fold

PUBLIC = "public"
MEMBERS = "members"

# Page models by document type; looked up by label so a missing app is no error.
TYPE_MODELS = {
    "practice": "practices.PracticePage",
    "intervision": "intervision.IntervisionSessionPage",
    "exchange": "intervision.ExchangeDayPage",
}
CONFIDENTIAL_TYPES = {"intervision"}
# Text fields per type; other pages use their Wagtail search fields.
TEXT_FIELDS = {
    "practice": ("goal", "target_group", "body", "preconditions", "transferability"),
    "exchange": ("other_visitors", "partners_met", "learnings", "transfer"),
}
SUMMARY_FIELDS = ("summary", "intro", "search_description")
EVENT_DATE_FIELDS = ("date", "start", "starts_at", "day")
SESSION_LABEL_FIELDS = ("method",)
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def document_type(page):
    label = page.specific_class._meta.label if page.specific_class else ""
    for doc_type, model_label in TYPE_MODELS.items():
        if label == model_label:
            return doc_type
    return "page"


def is_indexable(page):
    """Live, routable pages below a site root; the roots themselves are not content."""
    return page.live and page.depth > 2 and page.get_url() is not None


def visibility(page, doc_type):
    """``members`` or ``public``; None when only some people may read it (never indexed)."""
    if doc_type in CONFIDENTIAL_TYPES or getattr(page, "members_only", False):
        return MEMBERS
    kinds = {r.restriction_type for r in page.get_view_restrictions()}
    if not kinds:
        return PUBLIC
    if kinds == {PageViewRestriction.LOGIN}:
        return MEMBERS
    return None


class GlossaryNames:
    """The glossary's names, folded once per batch, to spot terms a page uses."""

    def __init__(self):
        from kb.glossary.models import GlossaryTerm

        self.terms = [
            (term, [fold(name) for name in term.all_names if fold(name)])
            for term in GlossaryTerm.objects.all()
        ]

    def used_in(self, text):
        haystack = f" {fold(text)} "
        return [
            term for term, names in self.terms if any(f" {name} " in haystack for name in names)
        ]


def build_page_documents(page, glossary=None):
    """The documents of one page (one, or one per term for a glossary); [] if not searchable."""
    from kb.glossary.models import GlossaryPage

    page = page.specific
    if not is_indexable(page):
        return []
    doc_type = document_type(page)
    seen_by = visibility(page, doc_type)
    if seen_by is None:
        return []
    glossary = glossary or GlossaryNames()
    if isinstance(page, GlossaryPage):
        return [glossary_document(page, term, seen_by) for term, _names in glossary.terms]
    return [page_document(page, doc_type, seen_by, glossary)]


def page_document(page, doc_type, seen_by, glossary):
    lang = page.locale.language_code
    confidential = doc_type in CONFIDENTIAL_TYPES
    summary = _summary(page) if not confidential else _session_summary(page)
    body = "" if confidential else _body(page, doc_type)
    values = facet_values(page)
    extra = {code: [] for code in LANGUAGES}
    for facet in facets.TAXONOMY_FACETS:
        rows = facet.model_class.objects.filter(slug__in=values.get(facet.name, []))
        for row in rows:
            _add_names(extra, row)
    used_terms = glossary.used_in(" ".join([page.title, summary, body]))
    for term in used_terms:
        _add_names(extra, term)
    if not confidential:
        for translation in _translations(page):
            code = translation.locale.language_code
            extra.setdefault(code, []).extend([translation.title, _summary(translation)])
    document = {
        "key": f"page:{page.pk}",
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "type": doc_type,
        "lang": lang,
        "visibility": seen_by,
        "title": page.title,
        "summary": summary,
        "body": body,
        "extra": {code: [text for text in texts if text] for code, texts in extra.items()},
        "terms": sorted({name for term in used_terms for name in term.all_names}),
        "url": page.get_url(),
        "date": _iso(_date(page)),
        "glossary_terms": [term.slug for term in used_terms],
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
    document["checksum"] = hashlib.sha256(
        json.dumps(document, sort_keys=True, default=str).encode()
    ).hexdigest()
    return document


def facet_values(page):
    """Slugs per taxonomy facet, found from the page's relations to the vocabularies."""
    values = {facet.name: set() for facet in facets.TAXONOMY_FACETS}
    for field in page._meta.get_fields():
        if not field.is_relation or field.auto_created or not field.related_model:
            continue
        facet = facets.facet_for_model(field.related_model)
        if facet is None:
            continue
        if field.many_to_many:
            values[facet.name].update(row.slug for row in getattr(page, field.name).all())
        elif (row := getattr(page, field.name, None)) is not None:
            values[facet.name].add(row.slug)
    _derive_from_projects(values)
    return {name: sorted(slugs) for name, slugs in values.items()}


def _derive_from_projects(values):
    """City, region and model follow from the project when the page does not say."""
    from kb.taxonomy.models import City, Project

    projects = Project.objects.filter(slug__in=values.get("project", ())).select_related(
        "city", "model"
    )
    if not values["city"]:
        values["city"].update(project.city.slug for project in projects)
    if not values["model"]:
        values["model"].update(project.model.slug for project in projects)
    if not values["region"]:
        cities = City.objects.filter(slug__in=values["city"]).select_related("region")
        values["region"].update(city.region.slug for city in cities)


def _add_names(extra, row):
    for code in LANGUAGES:
        name = getattr(row, f"name_{code}", "")
        if name:
            extra.setdefault(code, []).append(name)
    for synonym in getattr(row, "synonyms", "").split(","):
        if synonym.strip():
            extra.setdefault(LANGUAGES[0], []).append(synonym.strip())
    if not hasattr(row, "name_en") and getattr(row, "name", ""):
        for code in LANGUAGES:
            extra.setdefault(code, []).append(row.name)


def _summary(page):
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return _plain(page, name, value)
    return ""


def _session_summary(page):
    """Only the method of a session: never its case, notes or outcomes."""
    for name in SESSION_LABEL_FIELDS:
        display = getattr(page, f"get_{name}_display", None)
        value = display() if display else getattr(page, name, None)
        if value:
            return str(getattr(value, "label", None) or getattr(value, "name", None) or value)
    return ""


def _body(page, doc_type):
    if doc_type in TEXT_FIELDS:
        names = TEXT_FIELDS[doc_type]
    else:
        names = [
            field.field_name
            for field in page.get_search_fields()
            if isinstance(field, index.SearchField)
            and field.field_name not in ("title", *SUMMARY_FIELDS)
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


def _translations(page):
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .specific()
    )


def _date(page):
    for name in EVENT_DATE_FIELDS:
        value = getattr(page, name, None)
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
