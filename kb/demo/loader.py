"""Builds the demo site from the content files in ``kb/demo/content``.

Every step looks up what it would create first (by slug, or by translation key
and locale for pages), so a second run changes nothing.
"""

import json
import uuid
from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.html import escape

from kb import pagetree
from kb.glossary.models import GlossaryPage, GlossaryTerm
from kb.home.models import HomePage, StandardPage
from kb.partners.models import PartnerIndexPage, PartnerPage
from kb.taxonomy import models as taxonomy
from kb.taxonomy.vocabulary import ensure_vocabularies
from practices.models import PracticeIndexPage, PracticePage, PracticePartner, RelatedPractice

from . import files

LANGUAGES = ("en", "nl", "fr")
NAMESPACE = uuid.UUID("6f1c7d1e-2a43-4f5b-9a57-5c2b1de0a7c1")
CLASSIFICATIONS = (
    ("life_domains", taxonomy.LifeDomain, "domains"),
    ("action_levels", taxonomy.ActionLevel, "levels"),
    ("targets", taxonomy.Target, "targets"),
    ("approach_levels", taxonomy.ApproachLevel, "approaches"),
    ("empowerment_dimensions", taxonomy.EmpowermentDimension, "empowerment"),
    ("settling_phases", taxonomy.SettlingPhase, "phases"),
)

# The text fields of a partner, each written in every language.
PARTNER_TEXTS = ("offer", "thresholds", "how_to_start", "address")


def translation_key(key):
    """A stable translation key, so the versions of one demo page are linked on every run."""
    return uuid.uuid5(NAMESPACE, key)


def site_address():
    """Host and port of BASE_URL, so page links in e-mails point where the site is served."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return address.hostname or "localhost", address.port or (
        443 if address.scheme == "https" else 80
    )


class DemoLoader:
    @transaction.atomic
    def run(self):
        ensure_vocabularies()
        self.locales = {code: pagetree.locale(code) for code in LANGUAGES}
        self.load_places()
        self.load_glossary()
        sections = files.read("sections.yaml")
        homes = self.load_homes(sections["home"])
        indexes = {
            code: self.section(home, PracticeIndexPage, "practices", sections["practices"])
            for code, home in homes.items()
        }
        for home in homes.values():
            self.section(home, GlossaryPage, "glossary", sections["glossary"])
        self.load_standard_pages(homes)
        self.load_practices(indexes)
        self.load_partners(
            {
                code: self.section(home, PartnerIndexPage, "partners", sections["partners"])
                for code, home in homes.items()
            }
        )
        self.name_tags()
        return homes, indexes

    # Taxonomy and glossary -------------------------------------------------

    def load_places(self):
        places = files.read("places.yaml")
        for order, region in enumerate(places["regions"]):
            self._term(taxonomy.Region, region, order)
        for order, city in enumerate(places["cities"]):
            self._term(
                taxonomy.City, city, order, region=taxonomy.Region.objects.get(slug=city["region"])
            )
        for order, project in enumerate(places["projects"]):
            self._term(
                taxonomy.Project,
                project,
                order,
                city=taxonomy.City.objects.get(slug=project["city"]),
                model=taxonomy.OrganisationalModel.objects.get(slug=project["model"]),
                organisation=project["organisation"],
                **_by_language("setup", project["setup"]),
            )

    def _term(self, term_model, spec, order, **fields):
        term_model.objects.get_or_create(
            slug=spec["slug"],
            defaults={**_by_language("name", spec["names"]), "sort_order": order, **fields},
        )

    def load_glossary(self):
        for term in files.read("glossary.yaml"):
            GlossaryTerm.objects.get_or_create(
                slug=term["slug"],
                defaults={
                    **_by_language("name", term["names"]),
                    "synonyms": term["synonyms"],
                    **_by_language("definition", term["definitions"]),
                },
            )

    # Page tree -------------------------------------------------------------

    def load_homes(self, versions):
        root = pagetree.root()
        self._remove_welcome_page(root)
        key = translation_key("home")
        homes = {}
        for code in LANGUAGES:
            homes[code] = _introduced_page(root, HomePage, versions[code], self.locales[code], key)
        hostname, port = site_address()
        pagetree.serve_from(homes["en"], hostname, port=port, site_name="Ancora")
        return homes

    def _remove_welcome_page(self, root):
        """Wagtail's first migration makes a placeholder page and site; the demo replaces them."""
        for page in root.get_children().filter(content_type__model="page", depth=2):
            page.sites_rooted_here.all().delete()
            page.delete()

    def section(self, home, model, name, versions):
        key = translation_key(f"section-{name}")
        version = versions[home.locale.language_code]
        return _introduced_page(home, model, version, home.locale, key)

    def load_standard_pages(self, homes):
        for slug, versions in files.read_folder("pages"):
            key = translation_key(f"page-{slug}")
            for code, version in versions.items():
                home = homes[code]
                if pagetree.find_translation(StandardPage, key, home.locale):
                    continue
                page = StandardPage(
                    title=version["title"],
                    slug=slug,
                    intro=version["intro"],
                    body=_stream(version["body"]),
                    locale=home.locale,
                    translation_key=key,
                )
                pagetree.add_published(home, page)

    def load_practices(self, indexes):
        specs = dict(files.read_folder("practices"))
        created = {}
        for slug, spec in specs.items():
            key = translation_key(f"practice-{slug}")
            order = [spec["original"]] + [c for c in spec["versions"] if c != spec["original"]]
            for code in order:
                index = indexes[code]
                if pagetree.find_translation(PracticePage, key, index.locale) is None:
                    page = self._create_practice(index, slug, spec, spec["versions"][code], key)
                    created[(slug, code)] = page
        self._link_practices(specs, created)

    def _create_practice(self, index, slug, spec, version, key):
        page = PracticePage(
            title=version["title"],
            slug=slug,
            summary=version["summary"],
            goal=version["goal"],
            target_group=version["target_group"],
            preconditions=version["preconditions"],
            transferability=version["transferability"],
            contact=version["contact"],
            body=_stream(version["body"]),
            project=taxonomy.Project.objects.get(slug=spec["project"]),
            model=(
                taxonomy.OrganisationalModel.objects.get(slug=spec["model"])
                if spec["model"]
                else None
            ),
            status=spec["status"],
            maturity=spec["maturity"],
            started=spec["started"],
            ended=spec["ended"],
            locale=index.locale,
            translation_key=key,
        )
        pagetree.add(index, page)
        for field, model, name in CLASSIFICATIONS:
            getattr(page, field).set(model.objects.filter(slug__in=spec[name]))
        page.tags.set(spec["tags"])
        return pagetree.publish(page)

    def load_partners(self, indexes):
        """Each city's partners in every language, then named on the sheets they fit."""
        sheets = defaultdict(list)
        self.language_names = files.read("languages.yaml")
        for _name, spec in files.read_folder("partners"):
            city = taxonomy.City.objects.get(slug=spec["city"])
            for partner in spec["partners"]:
                key = translation_key(f"partner-{partner['slug']}")
                for code, index in indexes.items():
                    page = pagetree.find_translation(
                        PartnerPage, key, index.locale
                    ) or self._create_partner(index, city, partner, code, key)
                    for sheet in PracticePage.objects.filter(
                        slug__in=partner.get("practices", []), locale=index.locale
                    ):
                        sheets[sheet].append(page)
        for sheet, partners in sheets.items():
            named = {link.partner_id for link in sheet.partner_links.all()}
            missing = [partner for partner in partners if partner.pk not in named]
            if missing:
                sheet.partner_links.add(*(PracticePartner(partner=p) for p in missing))
                pagetree.publish(sheet)

    def _create_partner(self, index, city, partner, code, key):
        text = {field: partner[field][code] for field in PARTNER_TEXTS if field in partner}
        page = PartnerPage(
            title=partner["names"][code],
            slug=partner["slug"],
            kind=taxonomy.PartnerKind.objects.get(slug=partner["kind"]),
            city=city,
            website=partner.get("website", ""),
            languages=", ".join(self.language_names[spoken][code] for spoken in partner["spoken"]),
            last_checked=partner["checked"],
            locale=index.locale,
            translation_key=key,
            **text,
        )
        return pagetree.add_published(index, page)

    def name_tags(self):
        """Give each demo tag its three names; a name changed since in the admin is kept."""
        names = files.read("tags.yaml")
        for tag in taxonomy.Tag.objects.filter(name__in=names, name_en=""):
            tag.name_nl, tag.name_fr, tag.name_en = names[tag.name]
            tag.save(update_fields=["name_nl", "name_fr", "name_en"])

    def _link_practices(self, specs, created):
        """Adapted-from and related links, within each language, once every sheet exists."""
        by_key = {}
        for page in PracticePage.objects.select_related("locale"):
            by_key[(page.slug, page.locale.language_code)] = page
        for (slug, code), page in created.items():
            spec = specs[slug]
            source = by_key.get((spec["adapted_from"], code)) if spec["adapted_from"] else None
            related = [by_key[(k, code)] for k in spec["related"] if (k, code) in by_key]
            if source is None and not related:
                continue
            page.adapted_from = source
            page.related_practices = [RelatedPractice(practice=other) for other in related]
            pagetree.publish(page)


def _introduced_page(parent, model, version, locale, key):
    """A home or section page (a title, a slug, a one-paragraph introduction), made if missing."""
    return pagetree.find_translation(model, key, locale) or pagetree.add_published(
        parent,
        model(
            title=version["title"],
            slug=version["slug"],
            intro=_paragraph(version["intro"]),
            locale=locale,
            translation_key=key,
        ),
    )


def _by_language(field, values):
    """``{"nl": ..., "fr": ..., "en": ...}`` -> ``{"<field>_nl": ..., ...}``."""
    return {f"{field}_{code}": value for code, value in values.items()}


def _paragraph(text):
    return f"<p>{escape(text)}</p>" if text else ""


def _stream(blocks):
    """Body blocks as written in the files (``- kind: value``) -> StreamField raw JSON.

    Block ids derive from the content, so the same file gives the same ids on every run.
    """
    pairs = [next(iter(block.items())) for block in blocks]
    return json.dumps(
        [
            {"type": kind, "value": value, "id": str(uuid.uuid5(NAMESPACE, f"{kind}{i}{value}"))}
            for i, (kind, value) in enumerate(pairs)
        ]
    )
