from datetime import date

from wagtail.models import Locale, Page

from kb.demo.onboarding import build_onboarding_demo
from kb.glossary.models import GlossaryTerm
from kb.home.models import StandardPage
from kb.onboarding.models import OnboardingPathPage, OnboardingStep, StepKind
from tests import factories

from .conftest import make_term

LANGUAGES = ("en", "nl", "fr")


def demo_homes(home):
    """One home page per language, the demo content the path points at under each."""
    homes = {"en": home}
    for code in ("nl", "fr"):
        locale = Locale.objects.create(language_code=code)
        homes[code] = home.copy_for_translation(locale)
        factories.publish(homes[code])
    for code, language_home in homes.items():
        factories.make_glossary(language_home)
        index = factories.make_practice_index(language_home)
        factories.make_practice(index, title=f"Writing workshop {code}")
        factories.make_practice(index, title=f"Guitar workshop {code}")
        language_home.add_child(
            instance=StandardPage(
                title=f"Two models {code}",
                slug="organisational-models",
                locale=language_home.locale,
            )
        )
    for slug in ("social-reanchoring", "housing-first", "intervision", "empowerment", "anchoring"):
        make_term(slug, slug.replace("-", " ").title())
    return homes


def test_demo_builds_one_linked_path_per_language_from_its_own_content(home):
    homes = demo_homes(home)

    paths = build_onboarding_demo(homes)

    assert set(paths) == set(LANGUAGES)
    assert len({path.translation_key for path in paths.values()}) == 1
    step_keys = None
    for code, path in paths.items():
        assert path.live
        assert path.locale.language_code == code
        assert path.get_parent().specific == homes[code]
        steps = list(path.steps.all())
        assert len(steps) >= 8
        assert all(step.title and step.why for step in steps)
        keys = [step.key for step in steps]
        step_keys = step_keys or keys
        assert keys == step_keys
    titles = {code: paths[code].steps.first().title for code in LANGUAGES}
    assert len(set(titles.values())) == len(LANGUAGES), "each language has its own wording"

    for code, path in paths.items():
        steps = list(path.steps.select_related("glossary_term", "page"))
        terms = {step.glossary_term.slug for step in steps if step.glossary_term}
        assert {"social-reanchoring", "housing-first", "intervision", "empowerment"} <= terms
        assert "anchoring" in terms
        pages = [Page.objects.get(pk=step.page_id).specific for step in steps if step.page_id]
        assert any(isinstance(p, StandardPage) for p in pages)
        assert sum(p.__class__.__name__ == "PracticePage" for p in pages) == 2
        assert all(p.locale.language_code == code for p in pages)


def test_demo_is_idempotent(home):
    homes = demo_homes(home)
    first = build_onboarding_demo(homes)
    counts = (Page.objects.count(), OnboardingStep.objects.count())

    second = build_onboarding_demo(homes)

    assert (Page.objects.count(), OnboardingStep.objects.count()) == counts
    assert {c: p.pk for c, p in first.items()} == {c: p.pk for c, p in second.items()}


def test_demo_without_targets_still_has_every_step_unlinked(home):
    paths = build_onboarding_demo({"en": home})

    steps = list(paths["en"].steps.all())
    assert len(steps) >= 8
    assert not any(step.page_id or step.glossary_term_id for step in steps)
    assert not GlossaryTerm.objects.exists()
    assert OnboardingPathPage.objects.count() == 1


def test_demo_links_intervision_and_an_exchange_day_from_any_language(home):
    from intervision.models import ExchangeDayPage, IntervisionIndexPage

    homes = demo_homes(home)
    indexes = {}
    for code in ("en", "fr"):
        indexes[code] = homes[code].add_child(
            instance=IntervisionIndexPage(
                title=f"Intervision {code}", slug="intervision", locale=homes[code].locale
            )
        )
    day = indexes["fr"].add_child(
        instance=ExchangeDayPage(
            title="Journée à Namur", slug="namur", date=date(2026, 3, 12), locale=homes["fr"].locale
        )
    )

    paths = build_onboarding_demo(homes)

    def target(code, kind):
        step = paths[code].steps.get(kind=kind)
        return step.page.specific if step.page_id else None

    assert target("en", StepKind.INTERVISION) == indexes["en"]
    assert target("fr", StepKind.INTERVISION) == indexes["fr"]
    assert target("nl", StepKind.EXCHANGE) == day
    assert target("fr", StepKind.EXCHANGE) == day
