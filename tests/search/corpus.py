"""A small corpus in three languages whose expected search results are known by hand."""

from dataclasses import dataclass, field

from django.utils import timezone

from intervision.models import IntervisionGroup, IntervisionIndexPage, IntervisionSessionPage
from kb.glossary.models import GlossaryTerm
from kb.taxonomy import models as taxonomy
from tests import factories

PROJECTS = {
    # slug: (city, region, model)
    "namur": ("namur", "wallonia", "partnership"),
    "brussels": ("brussels", "brussels-region", "complementarity"),
    "ghent": ("gent", "flanders", "partnership"),
}


@dataclass
class Sheet:
    name: str
    lang: str
    title: str
    summary: str
    project: str
    domains: tuple
    levels: tuple = ()
    phases: tuple = ()
    tags: tuple = ()
    translations: dict = field(default_factory=dict)

    @property
    def facets(self):
        city, region, model = PROJECTS[self.project]
        langs = [self.lang, *self.translations]
        return {
            "type": ["practice"],
            "domain": list(self.domains),
            "model": [model],
            "city": [city],
            "region": [region],
            "project": [self.project],
            "level": list(self.levels),
            "phase": list(self.phases),
            "tag": list(self.tags),
            "lang": langs,
        }


SHEETS = [
    Sheet(
        "guitar",
        "fr",
        "Atelier guitare à Namur",
        "Des locataires jouent de la guitare ensemble chaque semaine.",
        "namur",
        ("socio-cultural-participation",),
        levels=("collective",),
        tags=("music",),
    ),
    Sheet(
        "writing",
        "nl",
        "Schrijfatelier in Brussel",
        "Bewoners schrijven samen teksten in een schrijfatelier.",
        "brussels",
        ("socio-cultural-participation",),
        levels=("collective",),
    ),
    Sheet(
        "cycling",
        "en",
        "Cycling lessons in Ghent",
        "Tenants learn to ride a bike through the city.",
        "ghent",
        ("mobility",),
        levels=("individual",),
        translations={"nl": ("Fietslessen in Gent", "Huurders leren fietsen door de stad.")},
    ),
    Sheet(
        "velo",
        "fr",
        "Apprendre le vélo à Bruxelles",
        "Un moniteur accompagne les locataires à vélo dans le quartier.",
        "brussels",
        ("mobility", "city-neighbourhood"),
    ),
    Sheet(
        "visit",
        "en",
        "Home visits in Namur",
        "A weekly visit to help tenants settle in their home.",
        "namur",
        ("housing",),
        phases=("fitting-out",),
    ),
]
BY_NAME = {sheet.name: sheet for sheet in SHEETS}
GLOSSARY = [
    ("guitar", "gitaar", "guitare", "guitar"),
    ("writing-workshop", "schrijfatelier", "atelier d'écriture", "writing workshop"),
]


@dataclass
class Corpus:
    home: object
    indexes: dict
    pages: dict  # sheet name -> {lang: page}
    session: object = None

    def sheet_of(self, url):
        for name, versions in self.pages.items():
            if any(page.url == url for page in versions.values()):
                return name
        return None

    def expected(self, filters):
        """Sheet names matching the filters: OR within a facet, AND across facets."""
        return {
            sheet.name
            for sheet in SHEETS
            if all(
                not values or set(values) & set(sheet.facets.get(facet, []))
                for facet, values in filters.items()
            )
        }


def build(home):
    for slug, (city, region, model) in PROJECTS.items():
        factories.make_project(slug=slug, city=city, region=region, model=model)
    for slug, nl, fr, en in GLOSSARY:
        GlossaryTerm.objects.create(
            slug=slug,
            name_nl=nl,
            name_fr=fr,
            name_en=en,
            definition_nl=f"{nl}.",
            definition_fr=f"{fr}.",
            definition_en=f"{en}.",
        )
    factories.publish(factories.make_glossary(home))
    index_en = factories.make_practice_index(home)
    indexes = {"en": index_en}
    for code in ("fr", "nl"):
        indexes[code] = factories.translate(index_en, code)
    pages = {}
    for sheet in SHEETS:
        page = factories.make_practice(
            indexes[sheet.lang],
            title=sheet.title,
            summary=sheet.summary,
            project=taxonomy.Project.objects.get(slug=sheet.project),
            domains=sheet.domains,
        )
        page.action_levels.set(taxonomy.ActionLevel.objects.filter(slug__in=sheet.levels))
        page.settling_phases.set(taxonomy.SettlingPhase.objects.filter(slug__in=sheet.phases))
        for tag in sheet.tags:
            page.tags.add(tag)
        page = factories.publish(page)
        versions = {sheet.lang: page}
        for code, (title, summary) in sheet.translations.items():
            copy = factories.translate(page, code)
            copy.title, copy.summary = title, summary
            versions[code] = factories.publish(copy)
        pages[sheet.name] = versions
    return Corpus(home=home, indexes=indexes, pages=pages, session=_session(home))


def _session(home):
    index = home.add_child(
        instance=IntervisionIndexPage(title="Intervision", slug="intervision", locale=home.locale)
    )
    factories.publish(index)
    session = IntervisionSessionPage(
        title="Session on bike confidences",
        slug="session-bike",
        group=IntervisionGroup.objects.create(name="Ghent intervision", slug="ghent-intervision"),
        locale=home.locale,
        start=timezone.now(),
        method_slug="codevelopment",
        case_question="How to help a tenant who is afraid of bikes?",
        case_project=taxonomy.Project.objects.get(slug="ghent"),
    )
    index.add_child(instance=session)
    session.life_domains.set(taxonomy.LifeDomain.objects.filter(slug="mobility"))
    return factories.publish(session)
