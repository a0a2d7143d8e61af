"""A coach starts a sheet with its sections in place and saves a draft with only a title."""

import json
import re
from html import unescape
from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from kb.people.roles import COACH, grant_section_permissions
from practices.models import PracticePage
from tests import factories


@pytest.fixture
def coach_index(practice_index):
    grant_section_permissions(practice_index)
    return practice_index


@pytest.fixture
def coach(db):
    user = get_user_model().objects.create_user(
        "cdubois", "cdubois@example.org", "a-long-enough-password-1",
        first_name="Camille", last_name="Dubois",
    )  # fmt: skip
    user.groups.add(Group.objects.get(name=COACH))
    return user


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("practices", "practicepage", index.pk))


def only_a_title(action=None):
    data = nested_form_data(
        {
            "title": "Gazette of the tenants",
            "slug": "",
            "summary": "",
            "body": streamfield([]),
            "related_practices": inline_formset([]),
            "partner_links": inline_formset([]),
            "comments": inline_formset([]),
            "status": "running",
            "maturity": "described",
        }
    )
    if action:
        data[action] = "1"
    return data


def stream_block_types(html):
    """Block types of the StreamField as the editor's script receives them."""
    match = re.search(r'data-w-block-arguments-value="([^"]*)"', html)
    assert match, "the page editor has no StreamField"
    value = json.loads(unescape(match.group(1)))[0]
    return [child["type"] for child in value]


def test_a_new_sheet_opens_with_its_sections_and_hints(client, coach, coach_index):
    client.force_login(coach)

    html = client.get(add_url(coach_index)).content.decode()

    assert stream_block_types(html) == ["context", "steps", "working_elements"]
    assert "Where and why it started" in html
    for field in ("goal", "target_group", "preconditions", "transferability"):
        assert f'id="id_{field}"' in html


def test_a_draft_saves_with_only_a_title(client, coach, coach_index):
    client.force_login(coach)

    response = client.post(add_url(coach_index), only_a_title())

    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:3000]
    draft = PracticePage.objects.get(title="Gazette of the tenants")
    assert not draft.live
    assert draft.project_id is None
    assert draft.slug == "gazette-of-the-tenants"


def test_submitting_lists_what_is_missing(client, coach, coach_index):
    client.force_login(coach)

    response = client.post(add_url(coach_index), only_a_title("action-submit"), follow=True)

    text = response.content.decode()
    assert not PracticePage.objects.filter(title="Gazette of the tenants").exists()
    message = re.search(r"To submit this sheet for review or publish it, fill in: ([^<]*)\.", text)
    assert message, text[:3000]
    assert {"Summary", "Project", "Life domains"} <= set(message.group(1).split(", "))


def test_an_empty_section_is_not_shown_on_the_sheet(client, practice_index):
    sheet = factories.make_practice(
        practice_index,
        body=[("context", ""), ("steps", []), ("working_elements", "<p>Peers teach peers.</p>")],
    )

    html = client.get(sheet.url).content.decode()

    assert "Peers teach peers." in html
    assert ">Why it works</h2>" in html
    assert ">Context</h2>" not in html
    assert "Approach, step by step" not in html


def test_authors_are_picked_by_their_names(client, coach, coach_index):
    client.force_login(coach)

    html = client.get(add_url(coach_index)).content.decode()

    authors = re.search(r'<div[^>]*id="id_authors"[^>]*>(.*?)</div>', html, re.S)
    assert authors, "no authors picker"
    assert "Camille Dubois" in authors.group(1)
    assert "cdubois" not in authors.group(1)
