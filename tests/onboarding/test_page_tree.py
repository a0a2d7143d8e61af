from http import HTTPStatus

from wagtail.models import Locale

from kb.glossary.models import GlossaryPage
from kb.home.models import HomePage, StandardPage
from kb.onboarding.models import OnboardingPathPage
from practices.models import PracticeIndexPage

from .conftest import make_path


def test_path_lives_directly_under_a_home_page(home):
    assert OnboardingPathPage.can_create_at(home)
    assert "onboarding.OnboardingPathPage" in [
        f"{m._meta.app_label}.{m.__name__}" for m in HomePage.creatable_subpage_models()
    ]
    assert OnboardingPathPage.allowed_parent_page_models() == [HomePage]


def test_path_has_no_children(home):
    path = make_path(home, [{"title": "Read", "why": "Because."}])
    assert OnboardingPathPage.allowed_subpage_models() == []
    for child in (StandardPage, PracticeIndexPage, GlossaryPage, OnboardingPathPage):
        assert not child.can_create_at(path)


def test_only_one_path_per_home_page(home):
    make_path(home, [{"title": "Read", "why": "Because."}])
    assert not OnboardingPathPage.can_create_at(home)


def test_each_language_home_can_hold_its_own_path(home):
    make_path(home, [{"title": "Read", "why": "Because."}])
    fr = Locale.objects.create(language_code="fr")
    fr_home = home.copy_for_translation(fr)
    fr_home.save_revision().publish()
    assert OnboardingPathPage.can_create_at(fr_home)


def test_path_page_renders_its_steps_in_order_with_links(client, path_page):
    response = client.get(path_page.url)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    titles = [step.title for step in path_page.steps.all()]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    glossary = GlossaryPage.objects.get()
    term = path_page.steps.get(title="Learn the word").glossary_term
    assert f'href="{glossary.term_url(term)}"' in html
    practice = path_page.steps.get(title="Read a sheet").page
    assert f'href="{practice.url}"' in html
    assert "Meet peers." in html


def test_editor_preview_shows_unsaved_steps(path_page):
    path_page.steps.add(path_page.steps.model(title="A step not saved yet", why="Draft."))
    response = path_page.make_preview_request()
    assert "A step not saved yet" in response.content.decode()
