from django.contrib.auth import get_user_model

import pytest

from kb.glossary.models import GlossaryTerm
from kb.onboarding.models import OnboardingPathPage, OnboardingStep, StepKind
from tests import factories

PASSWORD = "a long enough password 42"


def make_term(slug, name):
    return GlossaryTerm.objects.create(
        slug=slug,
        name_nl=f"{name} (nl)",
        name_fr=f"{name} (fr)",
        name_en=name,
        definition_nl="Definitie.",
        definition_fr="Définition.",
        definition_en="Definition.",
    )


def make_path(home, steps, title="Getting started", slug="getting-started", **fields):
    """A published path under ``home`` whose steps are built from keyword dicts."""
    path = OnboardingPathPage(title=title, slug=slug, locale=home.locale, **fields)
    path.steps = [OnboardingStep(sort_order=n, **step) for n, step in enumerate(steps)]
    home.add_child(instance=path)
    return factories.publish(path)


@pytest.fixture
def glossary(home):
    return factories.make_glossary(home)


@pytest.fixture
def path_page(home, glossary, practice_index):
    practice = factories.make_practice(practice_index, title="Guitar workshop")
    term = make_term("intervision", "Intervision")
    return make_path(
        home,
        [
            {
                "kind": StepKind.GLOSSARY,
                "title": "Learn the word",
                "why": "Words matter.",
                "glossary_term": term,
            },
            {
                "kind": StepKind.PRACTICE,
                "title": "Read a sheet",
                "why": "See the craft.",
                "page": practice,
            },
            {"kind": StepKind.INTERVISION, "title": "Attend a session", "why": "Meet peers."},
            {"kind": StepKind.EXCHANGE, "title": "Visit a project", "why": "See it live."},
            {"kind": StepKind.OTHER, "title": "Ask a question", "why": "Fresh eyes help."},
        ],
    )


@pytest.fixture
def make_user(db):
    def make(username="newhire"):
        return get_user_model().objects.create_user(username=username, password=PASSWORD)

    return make


@pytest.fixture
def new_hire(make_user):
    return make_user()
