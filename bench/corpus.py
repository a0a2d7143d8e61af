"""Writes a planned synthetic corpus into the page tree in bulk.

Saving tens of thousands of pages one by one through Wagtail takes hours, so
sheets are inserted in batches: the tree paths, depths and child counts are
computed here exactly as treebeard would, the page rows go in with
``bulk_create`` and the practice rows, classifications and tags follow in the
same batch. Sheets are live, without revisions (an editor's first save creates
one). The few structural pages (homes, practice indexes) use the normal API.
"""

import uuid
from collections import defaultdict

from django.db import connection, transaction
from django.utils.text import slugify

from wagtail.models import Page, Site

from kb import pagetree
from kb.demo.loader import DemoLoader
from kb.home.models import HomePage, StandardPage
from kb.pagecache.store import invalidate
from kb.taxonomy import models as taxonomy
from kb.taxonomy.vocabulary import ensure_vocabularies
from practices.models import PracticeIndexPage, PracticePage, TaggedPractice

from . import vocabulary as words
from .plan import Planner, ProjectInfo
from .progress import ProgressBar
from .tree import TreeAppender

BATCH = 500
STRUCTURE_NAMESPACE = uuid.UUID("0b7f1a52-3c1d-4e8e-9d6a-2f4b8c7e5a10")
CLASSIFICATIONS = {
    "life_domains": taxonomy.LifeDomain,
    "action_levels": taxonomy.ActionLevel,
    "targets": taxonomy.Target,
    "approach_levels": taxonomy.ApproachLevel,
    "empowerment_dimensions": taxonomy.EmpowermentDimension,
    "settling_phases": taxonomy.SettlingPhase,
}


class CorpusExists(Exception):
    """The target tree already holds sheets with the slugs this seed would create."""


def ensure_taxonomy():
    """Create the vocabularies and the demo's places and projects, keeping existing rows."""
    ensure_vocabularies()
    DemoLoader().load_places()


def ensure_structure():
    """A home page, an about page and a practice index per language, reusing the site's own."""
    locales = {code: pagetree.locale(code) for code in words.LANGUAGES}
    root = pagetree.root()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    main_home = None
    if site and issubclass(site.root_page.specific_class or Page, HomePage):
        main_home = site.root_page.specific
    home_key = main_home.translation_key if main_home else uuid.uuid5(STRUCTURE_NAMESPACE, "home")
    homes = {}
    for code, locale in locales.items():
        homes[code] = pagetree.find_translation(
            HomePage, home_key, locale
        ) or pagetree.add_published(
            root,
            HomePage(
                title=words.SITE_TITLES["home"][code],
                slug=f"home-{code}",
                locale=locale,
                translation_key=home_key,
            ),
        )
    if main_home is None:
        pagetree.serve_from(homes["en"], "localhost", port=80, site_name="Ancora")
    about_key = uuid.uuid5(STRUCTURE_NAMESPACE, "about")
    for code, home in homes.items():
        if pagetree.find_child(home, StandardPage) is None:
            pagetree.add_published(
                home,
                StandardPage(
                    title=words.SITE_TITLES["about"][code],
                    slug=words.SECTION_SLUGS["about"][code],
                    intro=words.ABOUT_INTRO[code],
                    locale=home.locale,
                    translation_key=about_key,
                ),
            )
    indexes = {}
    index_key = uuid.uuid5(STRUCTURE_NAMESPACE, "practices")
    for code, home in homes.items():
        indexes[code] = pagetree.find_child(home, PracticeIndexPage) or pagetree.add_published(
            home,
            PracticeIndexPage(
                title=words.SITE_TITLES["practices"][code],
                slug=words.SECTION_SLUGS["practices"][code],
                locale=home.locale,
                translation_key=index_key,
            ),
        )
    return indexes


def project_infos():
    return [
        ProjectInfo(
            slug=p.slug,
            city=p.city.slug,
            region=p.city.region.slug,
            city_names={"nl": p.city.name_nl, "fr": p.city.name_fr, "en": p.city.name_en},
        )
        for p in taxonomy.Project.objects.select_related("city__region")
    ]


def plan_corpus(count, seed):
    """The sheets ``generate_corpus`` would write, without writing anything."""
    facet_slugs = {
        name: list(model.objects.values_list("slug", flat=True))
        for name, model in CLASSIFICATIONS.items()
    }
    return Planner(seed, project_infos()).plan(count, facet_slugs)


class CorpusWriter:
    def __init__(self, indexes, stream=None):
        self.indexes = indexes
        self.stream = stream
        self.projects = dict(taxonomy.Project.objects.values_list("slug", "id"))
        self.models = dict(taxonomy.OrganisationalModel.objects.values_list("slug", "id"))
        self.terms = {
            name: dict(model.objects.values_list("slug", "id"))
            for name, model in CLASSIFICATIONS.items()
        }
        self.tags = {}

    def write(self, plans):
        by_language = defaultdict(list)
        for plan in plans:
            by_language[plan.language].append(plan)
        self._check_free(by_language)
        self._ensure_tags(plans)
        bar = ProgressBar(len(plans), "sheets", stream=self.stream)
        for language, group in by_language.items():
            tree = TreeAppender(self.indexes[language])
            for start in range(0, len(group), BATCH):
                batch = group[start : start + BATCH]
                with transaction.atomic():
                    sheets = tree.insert([tree.place(self._sheet(plan)) for plan in batch])
                    self._write_links(sheets, batch)
                bar.advance(len(batch))
            tree.finish()
        bar.finish()

    def _check_free(self, by_language):
        for language, group in by_language.items():
            taken = set(
                Page.objects.child_of(self.indexes[language]).values_list("slug", flat=True)
            )
            clashes = taken.intersection(plan.slug for plan in group)
            if clashes:
                raise CorpusExists(
                    f"{len(clashes)} sheets of this seed already exist under "
                    f"{self.indexes[language].url_path}; use a fresh database or another seed."
                )

    def _ensure_tags(self, plans):
        names = sorted({name for plan in plans for name in plan.tags})
        existing = dict(taxonomy.Tag.objects.filter(name__in=names).values_list("name", "id"))
        missing = [
            taxonomy.Tag(name=name, slug=slugify(name)) for name in names if name not in existing
        ]
        taxonomy.Tag.objects.bulk_create(missing)
        self.tags = dict(taxonomy.Tag.objects.filter(name__in=names).values_list("name", "id"))

    def _sheet(self, plan):
        return PracticePage(
            title=plan.title,
            draft_title=plan.title,
            slug=plan.slug,
            translation_key=plan.translation_key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=plan.first_published_at,
            last_published_at=plan.first_published_at,
            summary=plan.summary,
            goal=plan.goal,
            target_group=plan.target_group,
            preconditions=plan.preconditions,
            transferability=plan.transferability,
            body=plan.body,
            project_id=self.projects[plan.project],
            model_id=self.models.get(plan.model) if plan.model else None,
            started=plan.started,
            status=plan.status,
            maturity=plan.maturity,
        )

    def _write_links(self, sheets, plans):
        """Classifications and tags: plain two-column rows, inserted without model instances."""
        for name in CLASSIFICATIONS:
            field = PracticePage._meta.get_field(name)
            through = field.remote_field.through
            rows = [
                (sheet.pk, self.terms[name][slug])
                for sheet, plan in zip(sheets, plans, strict=True)
                for slug in plan.facets.get(name, [])
                if slug in self.terms[name]
            ]
            _insert_pairs(
                through,
                f"{field.m2m_field_name()}_id",
                f"{field.m2m_reverse_field_name()}_id",
                rows,
            )
        rows = [
            (self.tags[tag], sheet.pk)
            for sheet, plan in zip(sheets, plans, strict=True)
            for tag in plan.tags
        ]
        _insert_pairs(TaggedPractice, "tag_id", "content_object_id", rows)


def _insert_pairs(model, first, second, rows):
    if not rows:
        return
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({quote(first)}, {quote(second)}) "  # noqa: S608
        "VALUES (%s, %s)"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def generate(count, seed, stream=None):
    """Create ``count`` live practice sheets; returns the plans that were written."""
    with transaction.atomic():
        ensure_taxonomy()
        indexes = ensure_structure()
    plans = plan_corpus(count, seed)
    CorpusWriter(indexes, stream=stream).write(plans)
    invalidate()
    return plans
