"""Demo onboarding path, from ``content/onboarding.yaml``: one per language, linked.

Steps point at demo content when it exists (glossary terms, the page on the two
organisational models, practice sheets, intervision, exchange days, partners); a step
whose target is missing keeps its text and has no link. Running it again
changes nothing, and a path an editor already made is left as it is.
"""

import uuid
from collections import Counter

from intervision.models import ExchangeDayPage, IntervisionIndexPage
from kb import pagetree
from kb.glossary.models import GlossaryTerm
from kb.home.models import StandardPage
from kb.onboarding.models import OnboardingPathPage, OnboardingStep
from kb.partners.models import PartnerIndexPage
from practices.models import PracticePage

from . import files

# Fixed namespace so every run, and every language, derives the same keys.
DEMO_NAMESPACE = uuid.UUID("6f1f6a52-3f0e-4a63-9a53-0b8c51a4d2e1")
SOURCE_LANGUAGE = "en"


def build_onboarding_demo(home_pages):
    """Create the demo path under each home page ``{language_code: HomePage}``; idempotent.

    Returns ``{language_code: OnboardingPathPage}``.
    """
    content = files.read("onboarding.yaml")
    existing = _existing_paths(home_pages)
    translation_key = next(
        (path.translation_key for path in existing.values()),
        uuid.uuid5(DEMO_NAMESPACE, "onboarding-path"),
    )
    paths = {}
    for language, home in _source_first(home_pages):
        paths[language] = existing.get(language) or _create_path(
            home, language, translation_key, content
        )
    return paths


def _step_key(step):
    return uuid.uuid5(DEMO_NAMESPACE, f"step:{step['name']}")


def _existing_paths(home_pages):
    found = {}
    for language, home in home_pages.items():
        path = pagetree.find_child(home, OnboardingPathPage)
        if path is not None:
            found[language] = path
    return found


def _source_first(home_pages):
    return sorted(home_pages.items(), key=lambda item: item[0] != SOURCE_LANGUAGE)


def _in_language(versions, language):
    return versions.get(language, versions[SOURCE_LANGUAGE])


def _create_path(home, language, translation_key, content):
    text = _in_language(content["path"], language)
    path = OnboardingPathPage(
        title=text["title"],
        slug=pagetree.free_slug(home, text["slug"]),
        intro=text["intro"],
        locale=home.locale,
        translation_key=translation_key,
    )
    targets = _Targets(home)
    path.steps = [
        _make_step(step, language, targets, position)
        for position, step in enumerate(content["steps"])
    ]
    return pagetree.add_published(home, path)


def _make_step(step, language, targets, position):
    text = _in_language(step["text"], language)
    return OnboardingStep(
        sort_order=position,
        key=_step_key(step),
        kind=step["kind"],
        title=text["title"],
        why=text["why"],
        page=targets.page(step.get("target", "")),
        glossary_term=targets.term(step.get("terms", ())),
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
            return self._by_slug(StandardPage, "organisational-models")
        if target == "intervision-index":
            return self._first(IntervisionIndexPage)
        if target == "exchange-day":
            return self._first(ExchangeDayPage)
        if target == "partner-index":
            return self._first(PartnerIndexPage)
        return None

    def practices(self):
        """Two sheets here, preferring those written in the most languages.

        Ties are broken by translation key, so every language picks the same sheets
        when they exist in it.
        """
        if self._practices is None:
            here = list(self._live(PracticePage))
            languages = Counter(
                PracticePage.objects.live()
                .filter(translation_key__in=[p.translation_key for p in here])
                .values_list("translation_key", flat=True)
            )
            here.sort(key=lambda p: (-languages[p.translation_key], str(p.translation_key)))
            self._practices = here[:2]
        return self._practices

    def _by_slug(self, model, slug):
        """The page with ``slug`` here, or the translation here of one elsewhere."""
        page = self._live(model).filter(slug=slug).first()
        if page is not None:
            return page
        elsewhere = model.objects.live().filter(slug=slug).first()
        if elsewhere is None:
            return None
        translation = elsewhere.get_translation_or_none(self.home.locale)
        return translation if translation is not None and translation.live else elsewhere

    def _first(self, model):
        """The first such page here, else one in another language: a visit needs no translation."""
        return self._live(model).first() or model.objects.live().order_by("path").first()

    def _live(self, model):
        return model.objects.live().descendant_of(self.home)
