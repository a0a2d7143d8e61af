"""The demo content files: what an editor may get wrong there is caught before a load."""

import pytest

from kb.demo import files
from kb.demo.loader import LANGUAGES
from kb.home.models import StandardPage
from kb.onboarding.models import StepKind
from kb.taxonomy.vocabulary import VOCABULARIES
from practices.models import PracticePage
from practices.privacy import find_personal_data

PRACTICES = files.read_folder("practices")
PAGES = files.read_folder("pages")


def _sections(body):
    return [(kind, value) for block in body for kind, value in block.items()]


def _assert_valid_body(model, body):
    stream = model._meta.get_field("body").stream_block
    sections = _sections(body)
    assert all(len(block) == 1 for block in body), "one `- kind: content` per section"
    assert {kind for kind, _value in sections} <= set(stream.child_blocks)
    stream.clean(stream.to_python([{"type": kind, "value": value} for kind, value in sections]))


@pytest.mark.parametrize(("slug", "sheet"), PRACTICES, ids=[slug for slug, _sheet in PRACTICES])
def test_each_sheet_is_written_in_known_languages_with_valid_sections(slug, sheet):
    assert sheet["original"] in sheet["versions"]
    assert set(sheet["versions"]) <= set(LANGUAGES)
    for version in sheet["versions"].values():
        assert version["title"] and version["summary"]
        _assert_valid_body(PracticePage, version["body"])


def test_sheets_point_at_sheets_and_projects_that_exist():
    slugs = {slug for slug, _sheet in PRACTICES}
    projects = {project["slug"] for project in files.read("places.yaml")["projects"]}
    assert len(slugs) == len(PRACTICES)
    for slug, sheet in PRACTICES:
        assert sheet["project"] in projects, slug
        assert set(sheet["related"]) <= slugs - {slug}, slug
        assert sheet["adapted_from"] in slugs | {None}, slug


@pytest.mark.parametrize(("slug", "page"), PAGES, ids=[slug for slug, _page in PAGES])
def test_each_standard_page_has_valid_sections(slug, page):
    assert set(page) <= set(LANGUAGES)
    for version in page.values():
        _assert_valid_body(StandardPage, version["body"])


def test_glossary_and_places_name_everything_in_the_three_languages():
    places = files.read("places.yaml")
    named = [*files.read("glossary.yaml"), *places["regions"], *places["cities"]]
    named += places["projects"]
    for item in named:
        assert set(item["names"]) == set(LANGUAGES), item["slug"]
        assert all(item["names"].values()), item["slug"]


def test_onboarding_steps_are_of_known_kinds_and_written_in_english_at_least():
    onboarding = files.read("onboarding.yaml")
    assert "en" in onboarding["path"]
    for step in onboarding["steps"]:
        assert step["kind"] in StepKind.values, step["name"]
        assert "en" in step["text"] and set(step["text"]) <= set(LANGUAGES), step["name"]


PARTNER_FILES = files.read_folder("partners")
PARTNERS = [partner for _name, spec in PARTNER_FILES for partner in spec["partners"]]
PARTNER_TEXTS = ("names", "offer", "thresholds", "how_to_start")


@pytest.mark.parametrize("partner", PARTNERS, ids=[partner["slug"] for partner in PARTNERS])
def test_each_partner_is_written_in_the_three_languages_and_names_no_person(partner):
    for field in PARTNER_TEXTS:
        assert set(partner[field]) == set(LANGUAGES), field
        for text in partner[field].values():
            assert text, field
            assert not find_personal_data(text), (field, text)
    assert set(partner["spoken"]) <= set(files.read("languages.yaml"))


def test_partners_cover_every_city_and_kind_and_point_at_sheets_that_exist():
    cities = {city["slug"] for city in files.read("places.yaml")["cities"]}
    kinds = {slug for slug, *_names in VOCABULARIES["PartnerKind"]}
    sheets = {slug for slug, _sheet in PRACTICES}
    slugs = [partner["slug"] for partner in PARTNERS]
    assert len(slugs) == len(set(slugs))
    assert not set(slugs) & sheets, "a partner's address must not read like a sheet's"
    assert {spec["city"] for _name, spec in PARTNER_FILES} == cities
    assert {partner["kind"] for partner in PARTNERS} == kinds
    for partner in PARTNERS:
        assert set(partner.get("practices", [])) <= sheets, partner["slug"]
