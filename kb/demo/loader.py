"""Builds the demo site from the data modules in ``kb.demo.data``.

Every step looks up what it would create first (by slug, or by translation key
and locale for pages), so a second run changes nothing.
"""

import json
import uuid
from datetime import date

from django.db import transaction
from django.utils.html import escape

from wagtail.models import Locale, Page, Site

from kb.glossary.models import GlossaryPage, GlossaryTerm
from kb.home.models import HomePage, StandardPage
from kb.taxonomy import models as taxonomy
from kb.taxonomy.vocabulary import ensure_vocabularies
from practices.models import PracticeIndexPage, PracticePage, RelatedPractice

from .data import glossary, pages, places, practices, tags

LANGUAGES = ("en", "nl", "fr")
NAMESPACE = uuid.UUID("6f1c7d1e-2a43-4f5b-9a57-5c2b1de0a7c1")
SECTION_SLUGS = {
    "practices": {"nl": "praktijken", "fr": "pratiques", "en": "practices"},
    "glossary": {"nl": "woordenlijst", "fr": "glossaire", "en": "glossary"},
}


def translation_key(key):
    """A stable translation key, so the versions of one demo page are linked on every run."""
    return uuid.uuid5(NAMESPACE, key)


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    @transaction.atomic
    def run(self):
        ensure_vocabularies()
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        self.load_places()
        self.load_glossary()
        homes = self.load_homes()
        indexes = {
            code: self.section(home, PracticeIndexPage, "practices", pages.PRACTICE_INDEX)
            for code, home in homes.items()
        }
        for home in homes.values():
            self.section(home, GlossaryPage, "glossary", pages.GLOSSARY_PAGE)
        self.load_standard_pages(homes)
        self.load_practices(indexes)
        self.name_tags()
        return homes, indexes

    # Taxonomy and glossary -------------------------------------------------

    def load_places(self):
        for order, (slug, nl, fr, en) in enumerate(places.REGIONS):
            self._term(taxonomy.Region, slug, (nl, fr, en), order)
        for order, (slug, region, nl, fr, en) in enumerate(places.CITIES):
            self._term(
                taxonomy.City,
                slug,
                (nl, fr, en),
                order,
                region=taxonomy.Region.objects.get(slug=region),
            )
        for order, project in enumerate(places.PROJECTS):
            nl, fr, en = project["setup"]
            self._term(
                taxonomy.Project,
                project["slug"],
                project["names"],
                order,
                city=taxonomy.City.objects.get(slug=project["city"]),
                model=taxonomy.OrganisationalModel.objects.get(slug=project["model"]),
                organisation=project["organisation"],
                setup_nl=nl,
                setup_fr=fr,
                setup_en=en,
            )

    def _term(self, term_model, slug, names, order, **fields):
        nl, fr, en = names
        _obj, created = term_model.objects.get_or_create(
            slug=slug,
            defaults={"name_nl": nl, "name_fr": fr, "name_en": en, "sort_order": order, **fields},
        )
        self.created += created

    def load_glossary(self):
        for term in glossary.TERMS:
            (nl, fr, en), (dnl, dfr, den) = term["names"], term["definitions"]
            _obj, created = GlossaryTerm.objects.get_or_create(
                slug=term["slug"],
                defaults={
                    "name_nl": nl,
                    "name_fr": fr,
                    "name_en": en,
                    "synonyms": term.get("synonyms", ""),
                    "definition_nl": dnl,
                    "definition_fr": dfr,
                    "definition_en": den,
                },
            )
            self.created += created

    # Page tree -------------------------------------------------------------

    def load_homes(self):
        root = Page.get_first_root_node()
        self._remove_welcome_page(root)
        key = translation_key("home")
        homes = {}
        for code in LANGUAGES:
            home = HomePage.objects.filter(translation_key=key, locale=self.locales[code]).first()
            if home is None:
                home = HomePage(
                    title="Ancora",
                    slug=f"home-{code}",
                    intro=_paragraph(pages.HOME_INTRO[code]),
                    locale=self.locales[code],
                    translation_key=key,
                )
                root.add_child(instance=home)
                self.publish(home)
            homes[code] = home
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": homes["en"],
                "site_name": "Ancora",
            },
        )
        return homes

    def _remove_welcome_page(self, root):
        """Wagtail's first migration makes a placeholder page and site; the demo replaces them."""
        for page in root.get_children().filter(content_type__model="page", depth=2):
            Site.objects.filter(root_page=page).delete()
            page.delete()

    def section(self, home, model, name, titles):
        code = home.locale.language_code
        key = translation_key(f"section-{name}")
        page = model.objects.filter(translation_key=key, locale=home.locale).first()
        if page is None:
            title, intro = titles[code]
            page = model(
                title=title,
                slug=SECTION_SLUGS[name][code],
                intro=_paragraph(intro),
                locale=home.locale,
                translation_key=key,
            )
            home.add_child(instance=page)
            self.publish(page)
        return page

    def load_standard_pages(self, homes):
        for spec in pages.STANDARD_PAGES:
            key = translation_key(f"page-{spec['key']}")
            for code, version in spec["versions"].items():
                home = homes[code]
                if StandardPage.objects.filter(translation_key=key, locale=home.locale).exists():
                    continue
                page = StandardPage(
                    title=version["title"],
                    slug=spec["key"],
                    intro=version.get("intro", ""),
                    body=json.dumps(_raw_stream(version.get("body", []))),
                    locale=home.locale,
                    translation_key=key,
                )
                home.add_child(instance=page)
                self.publish(page)

    def load_practices(self, indexes):
        created = {}
        for spec in practices.PRACTICES:
            key = translation_key(f"practice-{spec['key']}")
            order = [spec["original"]] + [c for c in spec["versions"] if c != spec["original"]]
            for code in order:
                index = indexes[code]
                page = PracticePage.objects.filter(translation_key=key, locale=index.locale).first()
                if page is None:
                    page = self._create_practice(index, spec, spec["versions"][code], key)
                    created[(spec["key"], code)] = page
        self._link_practices(created)

    def _create_practice(self, index, spec, version, key):
        project = taxonomy.Project.objects.get(slug=spec["project"])
        page = PracticePage(
            title=version["title"],
            slug=spec["key"],
            summary=version["summary"],
            goal=version.get("goal", ""),
            target_group=version.get("target_group", ""),
            preconditions=version.get("preconditions", ""),
            transferability=version.get("transferability", ""),
            contact=version.get("contact", ""),
            body=json.dumps(_raw_stream(version.get("body", []))),
            project=project,
            model=(
                taxonomy.OrganisationalModel.objects.get(slug=spec["model"])
                if spec.get("model")
                else None
            ),
            status=spec.get("status", "running"),
            maturity=spec.get("maturity", "described"),
            started=_date(spec.get("started")),
            ended=_date(spec.get("ended")),
            locale=index.locale,
            translation_key=key,
        )
        index.add_child(instance=page)
        for field, model, slugs in (
            ("life_domains", taxonomy.LifeDomain, spec["domains"]),
            ("action_levels", taxonomy.ActionLevel, spec.get("levels", [])),
            ("targets", taxonomy.Target, spec.get("targets", [])),
            ("approach_levels", taxonomy.ApproachLevel, spec.get("approaches", [])),
            ("empowerment_dimensions", taxonomy.EmpowermentDimension, spec.get("empowerment", [])),
            ("settling_phases", taxonomy.SettlingPhase, spec.get("phases", [])),
        ):
            getattr(page, field).set(model.objects.filter(slug__in=slugs))
        page.tags.set(spec.get("tags", []))
        return self.publish(page)

    def name_tags(self):
        """Give each demo tag its three names; a name changed since in the admin is kept."""
        for tag in taxonomy.Tag.objects.filter(name__in=tags.TAG_NAMES, name_en=""):
            tag.name_nl, tag.name_fr, tag.name_en = tags.TAG_NAMES[tag.name]
            tag.save(update_fields=["name_nl", "name_fr", "name_en"])

    def _link_practices(self, created):
        """Adapted-from and related links, within each language, once every sheet exists."""
        by_key = {}
        for page in PracticePage.objects.select_related("locale"):
            by_key[(page.slug, page.locale.language_code)] = page
        specs = {spec["key"]: spec for spec in practices.PRACTICES}
        for (key, code), page in created.items():
            spec = specs[key]
            source = (
                by_key.get((spec.get("adapted_from"), code)) if spec.get("adapted_from") else None
            )
            related = [by_key[(k, code)] for k in spec.get("related", []) if (k, code) in by_key]
            if source is None and not related:
                continue
            page.adapted_from = source
            page.related_practices = [RelatedPractice(practice=other) for other in related]
            self.publish(page)

    def publish(self, page):
        page.save_revision().publish()
        self.created += 1
        return page


def _paragraph(text):
    return f"<p>{escape(text)}</p>" if text else ""


def _date(value):
    return date.fromisoformat(value) if value else None


def _raw_stream(blocks):
    """Demo body tuples -> StreamField raw JSON; list blocks keep their plain list form."""
    return [
        {"type": kind, "value": value, "id": str(uuid.uuid5(NAMESPACE, f"{kind}{i}{value}"))}
        for i, (kind, value) in enumerate(blocks)
    ]
