"""The onboarding path's "your city's network" step opens the new hire's city page."""

from http import HTTPStatus

from django.urls import reverse
from django.utils import translation

import pytest

from kb.onboarding.models import StepKind
from kb.people.models import Membership
from tests import factories

from .conftest import make_path


@pytest.fixture
def network_path(home):
    partners = factories.make_partner_index(home)
    return make_path(
        home,
        [
            {
                "kind": StepKind.NETWORK,
                "title": "Meet your city's network",
                "why": "Tenants find their place through the organisations around them.",
                "page": partners,
            }
        ],
    )


def step_link(client, path):
    html = client.get(path.url).content.decode()
    start = html.index('<h3 id="step-title-')
    return html[start : html.index("</h3>", start)]


def test_the_step_opens_the_city_page_of_the_new_hires_project(client, network_path, new_hire):
    Membership.objects.create(
        user=new_hire, project=factories.make_project("charleroi-rs", "charleroi")
    )
    client.force_login(new_hire)

    link = step_link(client, network_path)

    with translation.override("en"):
        city_page = reverse("partners:city", kwargs={"slug": "charleroi"})
    assert f'<a href="{city_page}">Meet your city&#x27;s network</a>' in link
    assert "Discover your city&#x27;s network" in client.get(network_path.url).text
    assert client.get(city_page).status_code != HTTPStatus.NOT_FOUND


def test_without_a_project_the_step_opens_the_partners(client, network_path, new_hire):
    client.force_login(new_hire)

    assert 'href="/en/partners/"' in step_link(client, network_path)


def test_an_anonymous_reader_gets_the_partners_too(client, network_path):
    assert 'href="/en/partners/"' in step_link(client, network_path)


def test_the_step_reads_in_dutch_and_french(client, home, network_path, new_hire):
    Membership.objects.create(user=new_hire, project=factories.make_project("ghent", "ghent"))
    client.force_login(new_hire)

    for language, label in (
        ("nl", "Ontdek het netwerk van je stad"),
        ("fr", "Découvrez le réseau de votre ville"),
    ):
        path = factories.translate(network_path, language)
        html = client.get(path.url).content.decode()
        assert label in html.replace("&#x27;", "'")
        assert f'href="/{language}/cities/ghent/"' in html
