"""The editors offer the people of the session, by name: never every account by username."""

from http import HTTPStatus

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset

import pytest
from bs4 import BeautifulSoup

from intervision.models import IntervisionSessionPage
from kb.people.roles import COACH

from .admin_forms import add_session_url, new_session_form
from .conftest import make_user

PEOPLE_SELECTS = ("-person", "-owner", "-participant")


@pytest.fixture
def editor(db):
    return make_user("editor", first_name="Ada", last_name="Admin", is_superuser=True)


@pytest.fixture
def stranger(db):
    """A coach of another group, with no name filled in."""
    user = make_user("stranger")
    user.groups.add(Group.objects.get(name=COACH))
    return user


def soup(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return BeautifulSoup(response.content, "html.parser")


def offered_in_rows(page):
    """The names each role, action point and takeaway picker offers, blank choice left out.

    The row to add is a <template>, whose strings ``get_text`` leaves out: read ``string``.
    """
    pickers = [
        select
        for select in page.find_all("select")
        if select.get("name", "").endswith(PEOPLE_SELECTS)
    ]
    assert pickers
    return {
        select["name"]: {option.string.strip() for option in select.find_all("option")}
        - {"---------"}
        for select in pickers
    }


def checkbox_labels(page, name):
    return {
        box.find_parent("label").get_text(strip=True)
        for box in page.find_all("input", attrs={"name": name})
    }


def test_a_sessions_pickers_offer_the_groups_members_and_facilitators_by_name(
    client, editor, coach, facilitator, stranger, make_group, make_session
):
    group = make_group(members=[coach])
    group.facilitators.add(facilitator)
    session = make_session(group=group)
    client.force_login(editor)

    page = soup(client, reverse("wagtailadmin_pages:edit", args=[session.pk]))

    for name, offered in offered_in_rows(page).items():
        assert offered == {"Camille Coach", "Fien Facilitator"}, name
    assert checkbox_labels(page, "participants") == {"Camille Coach", "Fien Facilitator"}


def test_a_new_session_offers_every_coach_by_name_until_it_has_a_group(
    client, editor, coach, intervision_index
):
    coach.groups.add(Group.objects.get(name=COACH))
    client.force_login(editor)

    page = soup(client, add_session_url(intervision_index))

    for name, offered in offered_in_rows(page).items():
        assert "Camille Coach" in offered, name
        assert "coach" not in offered, name


def test_a_new_session_with_a_group_takes_only_its_people(
    client, editor, coach, stranger, make_group, intervision_index
):
    group = make_group(members=[coach])
    client.force_login(editor)

    def post(owner):
        return client.post(
            add_session_url(intervision_index),
            new_session_form(
                title="Monthly session",
                slug="monthly",
                group=group.pk,
                action_points=inline_formset(
                    [{"what": "Call the landlord", "owner": owner.pk, "status": "open"}]
                ),
            ),
        )

    refused = post(stranger)
    assert refused.status_code == HTTPStatus.OK
    assert not IntervisionSessionPage.objects.filter(slug="monthly").exists()

    assert post(coach).status_code == HTTPStatus.FOUND
    session = IntervisionSessionPage.objects.get(slug="monthly")
    assert [point.owner for point in session.action_points.all()] == [coach]


def test_exchange_day_visitors_are_offered_by_name(client, editor, coach, intervision_index):
    coach.groups.add(Group.objects.get(name=COACH))
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:add", args=("intervision", "exchangedaypage", intervision_index.pk)
    )

    labels = checkbox_labels(soup(client, url), "visitors")

    assert "Camille Coach" in labels
    assert "coach" not in labels
