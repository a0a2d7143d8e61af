"""Demo onboarding path: one per language, linked as translations of one another.

Steps point at demo content when it exists (glossary terms, the page on the two
organisational models, practice sheets, intervision, exchange days); a step
whose target is missing keeps its text and has no link. Running it again
changes nothing, and a path an editor already made is left as it is.
"""

import uuid
from collections import Counter
from dataclasses import dataclass

from django.apps import apps

from kb import pagetree
from kb.glossary.models import GlossaryTerm

from .models import OnboardingPathPage, OnboardingStep, StepKind

# Fixed namespace so every run, and every language, derives the same keys.
DEMO_NAMESPACE = uuid.UUID("6f1f6a52-3f0e-4a63-9a53-0b8c51a4d2e1")
SOURCE_LANGUAGE = "en"

PATH_TEXT = {
    "en": {
        "title": "Your first weeks as a reanchoring coach",
        "slug": "getting-started",
        "intro": (
            "<p>Nobody hands you a manual for this job. This path collects what colleagues "
            "in eight cities have written down, in an order that makes sense when you "
            "start. Take your time: tick a step off once you have read or done it.</p>"
        ),
    },
    "nl": {
        "title": "Je eerste weken als verbindingscoach",
        "slug": "aan-de-slag",
        "intro": (
            "<p>Voor deze job bestaat geen handboek. Dit traject bundelt wat collega's in "
            "acht steden hebben opgeschreven, in een volgorde die werkt als je net begint. "
            "Neem je tijd en vink een stap af zodra je hem gelezen of gedaan hebt.</p>"
        ),
    },
    "fr": {
        "title": "Vos premières semaines de coach en ancrage social",
        "slug": "premiers-pas",
        "intro": (
            "<p>Ce métier n'a pas encore de mode d'emploi. Ce parcours rassemble ce que des "
            "collègues de huit villes ont mis par écrit, dans un ordre pensé pour vos "
            "débuts. Prenez votre temps et cochez une étape quand vous l'avez lue ou faite.</p>"
        ),
    },
}


@dataclass(frozen=True)
class StepSpec:
    """One demo step: its kind, what it points at, and its text in each language."""

    name: str
    kind: str
    text: dict
    term_slugs: tuple = ()
    target: str = ""


STEPS = [
    StepSpec(
        name="social-reanchoring",
        kind=StepKind.GLOSSARY,
        term_slugs=("social-reanchoring",),
        text={
            "en": (
                "Learn what social reanchoring means",
                "It names your job: helping tenants rebuild ties, activities and a place "
                "in the city once they have a home.",
            ),
            "nl": (
                "Ontdek wat sociale herankering betekent",
                "Het is de naam van je job: huurders helpen opnieuw banden, bezigheden en "
                "een plek in de stad te vinden zodra ze een woning hebben.",
            ),
            "fr": (
                "Comprendre ce qu'est l'ancrage social",
                "C'est le cœur de votre métier : aider les locataires à retisser des liens, "
                "des activités et une place dans la ville une fois logés.",
            ),
        },
    ),
    StepSpec(
        name="housing-first",
        kind=StepKind.GLOSSARY,
        term_slugs=("housing-first",),
        text={
            "en": (
                "Read how Housing First works",
                "You work inside a Housing First team; knowing why housing comes first, "
                "without conditions, explains much of what you will see.",
            ),
            "nl": (
                "Lees hoe Housing First werkt",
                "Je werkt binnen een Housing First-team. Weten waarom de woning er eerst "
                "en zonder voorwaarden komt, verklaart veel van wat je zult zien.",
            ),
            "fr": (
                "Lire comment fonctionne le Housing First",
                "Vous travaillez au sein d'une équipe Housing First : savoir pourquoi le "
                "logement vient d'abord, sans condition, éclaire beaucoup de situations.",
            ),
        },
    ),
    StepSpec(
        name="organisational-models",
        kind=StepKind.MODELS,
        target="organisational-models",
        text={
            "en": (
                "Compare the two organisational models",
                "Some coaches sit inside the housing team, others form their own team. "
                "Knowing which model your project follows tells you who you work with.",
            ),
            "nl": (
                "Vergelijk de twee organisatiemodellen",
                "Sommige coaches zitten in het woonbegeleidingsteam, andere vormen een "
                "eigen team. Het model van je project bepaalt met wie je samenwerkt.",
            ),
            "fr": (
                "Comparer les deux modèles d'organisation",
                "Certains coachs font partie de l'équipe logement, d'autres forment leur "
                "propre équipe. Le modèle de votre projet dit avec qui vous travaillez.",
            ),
        },
    ),
    StepSpec(
        name="settling-phases",
        kind=StepKind.GLOSSARY,
        term_slugs=(
            "settling-phases",
            "settling-phase",
            "fitting-out",
            "attachment",
            "appropriation",
            "anchoring",
        ),
        text={
            "en": (
                "Learn the four phases of settling in",
                "Fitting out, attachment, appropriation, anchoring: the phases help you "
                "see where a tenant stands and what kind of support fits now.",
            ),
            "nl": (
                "Leer de vier fasen van het zich vestigen",
                "Inrichting, gehechtheid, toe-eigening, verankering: met deze fasen zie je "
                "waar een huurder staat en welke steun nu past.",
            ),
            "fr": (
                "Découvrir les quatre phases de l'installation",
                "Aménagement, attachement, appropriation, ancrage : ces phases aident à "
                "situer un locataire et à choisir l'accompagnement qui convient.",
            ),
        },
    ),
    StepSpec(
        name="empowerment",
        kind=StepKind.GLOSSARY,
        term_slugs=("empowerment",),
        text={
            "en": (
                "Understand empowerment",
                "The aim is that tenants take the lead. This entry describes the three "
                "levels at which that can happen.",
            ),
            "nl": (
                "Begrijp wat empowerment is",
                "Het doel is dat huurders zelf het heft in handen nemen. Dit begrip "
                "beschrijft de drie niveaus waarop dat kan gebeuren.",
            ),
            "fr": (
                "Comprendre le pouvoir d'agir",
                "L'objectif est que les locataires prennent les choses en main. Cette "
                "entrée décrit les trois niveaux où cela peut se jouer.",
            ),
        },
    ),
    StepSpec(
        name="first-practice",
        kind=StepKind.PRACTICE,
        target="practice:0",
        text={
            "en": (
                "Read a practice sheet from another city",
                "A sheet shows how a colleague started an activity, what helped and what "
                "got in the way: the fastest way to learn the craft.",
            ),
            "nl": (
                "Lees een praktijkfiche uit een andere stad",
                "Een fiche toont hoe een collega iets opstartte, wat hielp en wat "
                "tegenwerkte: de snelste manier om het vak te leren.",
            ),
            "fr": (
                "Lire une fiche pratique d'une autre ville",
                "Une fiche montre comment un collègue a lancé une activité, ce qui a aidé "
                "et ce qui a freiné : le plus court chemin pour apprendre le métier.",
            ),
        },
    ),
    StepSpec(
        name="second-practice",
        kind=StepKind.PRACTICE,
        target="practice:1",
        text={
            "en": (
                "Read a second practice and compare",
                "Two practices side by side show that there is no single method: each "
                "city adapts to its tenants and its partners.",
            ),
            "nl": (
                "Lees een tweede praktijk en vergelijk",
                "Twee praktijken naast elkaar tonen dat er geen enkele juiste methode is: "
                "elke stad past zich aan haar huurders en partners aan.",
            ),
            "fr": (
                "Lire une deuxième pratique et comparer",
                "Deux pratiques côte à côte montrent qu'il n'y a pas de méthode unique : "
                "chaque ville s'adapte à ses locataires et à ses partenaires.",
            ),
        },
    ),
    StepSpec(
        name="intervision-term",
        kind=StepKind.GLOSSARY,
        term_slugs=("intervision",),
        text={
            "en": (
                "Find out what intervision is",
                "Coaches of all projects meet to reflect on real situations together. "
                "Knowing how it works makes your first session easier.",
            ),
            "nl": (
                "Ontdek wat intervisie is",
                "Coaches van alle projecten komen samen om over echte situaties na te "
                "denken. Weten hoe dat loopt, maakt je eerste sessie makkelijker.",
            ),
            "fr": (
                "Découvrir ce qu'est l'intervision",
                "Les coachs de tous les projets se réunissent pour réfléchir ensemble à "
                "des situations réelles. Savoir comment cela se passe facilite la première.",
            ),
        },
    ),
    StepSpec(
        name="intervision-session",
        kind=StepKind.INTERVISION,
        target="intervision-index",
        text={
            "en": (
                "Attend an intervision session or read an anonymised one",
                "Hearing colleagues work through a case shows the questions the job "
                "raises and how peers help each other answer them.",
            ),
            "nl": (
                "Woon een intervisie bij of lees een geanonimiseerd verslag",
                "Collega's een casus zien uitpluizen toont welke vragen de job oproept en "
                "hoe collega's elkaar helpen om ze te beantwoorden.",
            ),
            "fr": (
                "Participer à une intervision ou en lire un compte rendu anonymisé",
                "Voir des collègues travailler un cas montre les questions que pose le "
                "métier et comment les pairs s'aident à y répondre.",
            ),
        },
    ),
    StepSpec(
        name="exchange-day",
        kind=StepKind.EXCHANGE,
        target="exchange-day",
        text={
            "en": (
                "Visit an exchange day in another project",
                "Spending a day with another team lets you meet its partners and borrow "
                "ideas that are hard to put on paper.",
            ),
            "nl": (
                "Ga mee op een uitwisselingsdag bij een ander project",
                "Een dag meedraaien met een ander team laat je zijn partners ontmoeten en "
                "ideeën oppikken die moeilijk op papier te zetten zijn.",
            ),
            "fr": (
                "Participer à une journée d'échange dans un autre projet",
                "Passer une journée avec une autre équipe permet de rencontrer ses "
                "partenaires et de repartir avec des idées difficiles à écrire.",
            ),
        },
    ),
    StepSpec(
        name="own-question",
        kind=StepKind.OTHER,
        text={
            "en": (
                "Write down one question from your first weeks",
                "Bring it to your next intervision: your fresh eyes are useful to the "
                "whole network, and the answer may become a practice sheet.",
            ),
            "nl": (
                "Noteer één vraag uit je eerste weken",
                "Breng ze mee naar je volgende intervisie: je frisse blik is nuttig voor "
                "het hele netwerk, en het antwoord wordt misschien een praktijkfiche.",
            ),
            "fr": (
                "Noter une question de vos premières semaines",
                "Apportez-la à votre prochaine intervision : votre regard neuf sert tout "
                "le réseau, et la réponse deviendra peut-être une fiche pratique.",
            ),
        },
    ),
]


def build_onboarding_demo(home_pages):
    """Create the demo path under each home page ``{language_code: HomePage}``; idempotent.

    Returns ``{language_code: OnboardingPathPage}``.
    """
    existing = _existing_paths(home_pages)
    translation_key = next(
        (path.translation_key for path in existing.values()),
        uuid.uuid5(DEMO_NAMESPACE, "onboarding-path"),
    )
    paths = {}
    for language, home in _source_first(home_pages):
        paths[language] = existing.get(language) or _create_path(home, language, translation_key)
    return paths


def step_key(spec):
    return uuid.uuid5(DEMO_NAMESPACE, f"step:{spec.name}")


def _existing_paths(home_pages):
    found = {}
    for language, home in home_pages.items():
        path = pagetree.find_child(home, OnboardingPathPage)
        if path is not None:
            found[language] = path
    return found


def _source_first(home_pages):
    return sorted(home_pages.items(), key=lambda item: item[0] != SOURCE_LANGUAGE)


def _create_path(home, language, translation_key):
    text = PATH_TEXT.get(language, PATH_TEXT[SOURCE_LANGUAGE])
    path = OnboardingPathPage(
        title=text["title"],
        slug=pagetree.free_slug(home, text["slug"]),
        intro=text["intro"],
        locale=home.locale,
        translation_key=translation_key,
    )
    targets = _Targets(home)
    path.steps = [
        _make_step(spec, language, targets, position) for position, spec in enumerate(STEPS)
    ]
    return pagetree.add_published(home, path)


def _make_step(spec, language, targets, position):
    title, why = spec.text.get(language, spec.text[SOURCE_LANGUAGE])
    return OnboardingStep(
        sort_order=position,
        key=step_key(spec),
        kind=spec.kind,
        title=title,
        why=why,
        page=targets.page(spec.target),
        glossary_term=targets.term(spec.term_slugs),
    )


class _Targets:
    """Finds the demo pages a step points at, in one home page's subtree."""

    def __init__(self, home):
        self.home = home
        self._practices = None

    def term(self, slugs):
        for slug in slugs:
            term = GlossaryTerm.objects.filter(slug=slug).first()
            if term is not None:
                return term
        return None

    def page(self, target):
        if not target:
            return None
        if target.startswith("practice:"):
            practices = self.practices()
            index = int(target.split(":")[1])
            return practices[index] if index < len(practices) else None
        if target == "organisational-models":
            return self._by_slug("home.StandardPage", "organisational-models")
        if target == "intervision-index":
            return self._first("intervision.IntervisionIndexPage")
        if target == "exchange-day":
            return self._first("intervision.ExchangeDayPage")
        return None

    def practices(self):
        """Two sheets here, preferring those written in the most languages.

        Ties are broken by translation key, so every language picks the same sheets
        when they exist in it.
        """
        if self._practices is None:
            model = _model("practices.PracticePage")
            here = list(self._live(model)) if model is not None else []
            languages = Counter(
                model.objects.live()
                .filter(translation_key__in=[p.translation_key for p in here])
                .values_list("translation_key", flat=True)
            )
            here.sort(key=lambda p: (-languages[p.translation_key], str(p.translation_key)))
            self._practices = here[:2]
        return self._practices

    def _by_slug(self, label, slug):
        """The page with ``slug`` here, or the translation here of one elsewhere."""
        model = _model(label)
        if model is None:
            return None
        page = self._live(model).filter(slug=slug).first()
        if page is not None:
            return page
        elsewhere = model.objects.live().filter(slug=slug).first()
        if elsewhere is None:
            return None
        translation = elsewhere.get_translation_or_none(self.home.locale)
        return translation if translation is not None and translation.live else elsewhere

    def _first(self, label):
        """The first such page here, else one in another language: a visit needs no translation."""
        model = _model(label)
        if model is None:
            return None
        return self._live(model).first() or model.objects.live().order_by("path").first()

    def _live(self, model):
        return model.objects.live().descendant_of(self.home)


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None
