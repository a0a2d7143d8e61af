"""The synthetic corpus: the same for a seed, a valid page tree, pages people can open."""

import io
from collections import Counter

from django.core.management import CommandError, call_command
from django.utils.html import escape

from wagtail.models import Page

import pytest

from bench.corpus import ensure_taxonomy, plan_corpus
from bench.management.commands.generate_corpus import Command as GenerateCorpus
from practices.models import PracticePage


def _facts(plans):
    return [
        (p.language, p.title, p.slug, p.project, sorted(p.facets.items()), p.tags) for p in plans
    ]


@pytest.mark.django_db
def test_same_seed_gives_the_same_sheets_and_another_seed_does_not():
    ensure_taxonomy()
    first = plan_corpus(120, seed=3)
    again = plan_corpus(120, seed=3)
    other = plan_corpus(120, seed=4)
    assert _facts(first) == _facts(again)
    assert [p.title for p in first] != [p.title for p in other]


@pytest.mark.django_db
def test_the_corpus_is_skewed_multilingual_and_partly_translated():
    ensure_taxonomy()
    plans = plan_corpus(600, seed=5)
    languages = Counter(p.language for p in plans)
    assert set(languages) == {"nl", "fr", "en"}
    cities = Counter(p.project for p in plans).most_common()
    assert cities[0][1] > 3 * cities[-1][1]
    versions = Counter(p.translation_key for p in plans)
    assert any(n >= 2 for n in versions.values())
    assert sum(n == 1 for n in versions.values()) > len(versions) / 2


def test_command_creates_n_sheets_in_a_valid_tree(db, build_corpus):
    out = io.StringIO()
    call_command(GenerateCorpus(), practices=75, seed=2, no_index=True, stdout=out, stderr=out)
    sheets = PracticePage.objects.all()
    assert sheets.count() == 75
    assert all(not problems for problems in Page.find_problems())
    for page in Page.objects.filter(depth__gt=1).exclude(numchild=0):
        assert page.numchild == Page.objects.child_of(page).count()
    for sheet in sheets.select_related("locale")[:20]:
        parent = sheet.get_parent()
        assert sheet.url_path == f"{parent.url_path}{sheet.slug}/"
        assert sheet.depth == parent.depth + 1
        assert sheet.locale_id == parent.locale_id
        assert sheet.live and sheet.life_domains.exists()


def test_written_sheets_are_those_planned(db, build_corpus):
    plans = build_corpus(40, seed=9)
    written = {
        page.slug: page
        for page in PracticePage.objects.select_related("project", "locale").prefetch_related(
            "life_domains", "tags"
        )
    }
    for plan in plans:
        page = written[plan.slug]
        assert page.title == plan.title
        assert page.locale.language_code == plan.language
        assert page.project.slug == plan.project
        assert sorted(d.slug for d in page.life_domains.all()) == plan.facets["life_domains"]
        assert sorted(t.name for t in page.tags.all()) == sorted(plan.tags)


def test_generated_sheets_render_in_every_language(client, build_corpus):
    build_corpus(60, seed=11)
    for language in ("nl", "fr", "en"):
        sheet = PracticePage.objects.filter(locale__language_code=language).first()
        assert sheet is not None
        response = client.get(sheet.get_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert escape(sheet.title) in html
        assert escape(sheet.summary) in html


def test_translations_share_a_key_across_locales(db, build_corpus):
    build_corpus(200, seed=12)
    keys = Counter(PracticePage.objects.values_list("translation_key", flat=True))
    shared = [key for key, n in keys.items() if n > 1]
    assert shared
    page = PracticePage.objects.filter(translation_key=shared[0]).first()
    assert page.get_translations().exists()


def test_running_the_same_seed_twice_is_refused_without_duplicates(db):
    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO(), "no_index": True}
    call_command(GenerateCorpus(), practices=10, seed=4, **quiet)
    with pytest.raises(CommandError):
        call_command(GenerateCorpus(), practices=10, seed=4, **quiet)
    assert PracticePage.objects.count() == 10
    call_command(GenerateCorpus(), practices=10, seed=5, **quiet)
    assert PracticePage.objects.count() == 20
    assert all(not problems for problems in Page.find_problems())
