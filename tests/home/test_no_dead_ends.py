"""Every link a member sees leads somewhere they may go."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from kb.home.models import StandardPage
from kb.people.roles import COACH, NEW_HIRE, REVIEWER, grant_section_permissions
from kb.taxonomy.models import OrganisationalModel
from tests import factories

WRITE = "Write a practice sheet"


@pytest.fixture
def member(db):
    def build(username, role):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
        user.groups.add(Group.objects.get(name=role))
        return user

    return build


@pytest.fixture
def index(practice_index):
    grant_section_permissions(practice_index)
    return factories.publish(practice_index)


def write_link(client, home):
    return BeautifulSoup(client.get(home.url).content, "html.parser").find("a", string=WRITE)


def test_a_new_hire_is_told_what_to_do_instead_of_a_link_to_a_refusal(client, home, index, member):
    client.force_login(member("nour", NEW_HIRE))

    html = client.get(home.url).content.decode()

    assert write_link(client, home) is None
    assert "ask the project coordinator for the coach role" in html


def test_a_coach_gets_the_link_to_write_a_sheet(client, home, index, member):
    client.force_login(member("camille", COACH))

    link = write_link(client, home)

    assert link is not None
    assert client.get(link["href"]).status_code == 200


def test_the_dashboard_does_not_remind_a_reviewer_of_the_onboarding_path(
    client, home, index, member
):
    from kb.onboarding.models import OnboardingPathPage, OnboardingStep

    path = OnboardingPathPage(title="Getting started", slug="start", locale=home.locale)
    path.steps = [OnboardingStep(sort_order=0, kind="other", title="Ask", why="Fresh eyes.")]
    home.add_child(instance=path)
    factories.publish(path)
    reviewer = member("ruben", REVIEWER)
    client.force_login(reviewer)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Your onboarding path" not in html


def test_the_models_page_lists_the_practices_of_each_model(client, home, index):
    partnership = factories.make_project("brussels", city="brussels", region="brussels")
    complementarity = factories.make_project("ghent", city="ghent", model="complementarity")
    factories.make_practice(index, title="Writing workshop", project=partnership)
    factories.make_practice(index, title="Tenant gazette", project=partnership)
    factories.make_practice(index, title="Photo walk", project=complementarity)
    page = StandardPage(
        title="The two organisational models",
        slug="models",
        locale=home.locale,
        body=[("practices_by_model", None)],
    )
    home.add_child(instance=page)
    factories.publish(page)

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    sections = {
        section.h3.get_text(strip=True): section
        for section in soup.select(".practices-by-model__model")
    }

    names = {model.slug: model.label for model in OrganisationalModel.objects.all()}
    partnership_text = sections[names["partnership"]].get_text(" ", strip=True)
    complementarity_text = sections[names["complementarity"]].get_text(" ", strip=True)
    assert "2 practice sheets" in partnership_text
    assert "Writing workshop" in partnership_text and "Tenant gazette" in partnership_text
    assert "1 practice sheet" in complementarity_text
    assert "Photo walk" in complementarity_text
    assert "Writing workshop" not in complementarity_text
