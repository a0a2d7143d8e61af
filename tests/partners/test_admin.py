"""A coach adds, corrects and removes a partner organisation in the admin."""

from datetime import date
from http import HTTPStatus

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from kb.partners.models import PartnerPage
from kb.taxonomy.models import City, PartnerKind
from tests import factories

pytestmark = pytest.mark.django_db


def partner_form(**changes):
    city = factories.make_project().city
    data = {
        "title": "Maison de quartier du Centre",
        "slug": "maison-de-quartier-du-centre",
        "kind": PartnerKind.objects.get(slug="neighbourhood-centre").pk,
        "city": city.pk,
        "offer": "A weekly soup evening and a sewing workshop, free and open to all.",
        "thresholds": "Tenants feared being asked for papers; the first visit was made together.",
        "how_to_start": "Ask the reception desk for the community worker.",
        "address": "Rue de Fer 12, 5000 Namur",
        "website": "https://quartier.example.org",
        "languages": "French, Arabic",
        "last_checked": "2026-11-20",
        "comments": inline_formset([]),
        "action-publish": "publish",
        **changes,
    }
    return nested_form_data(data)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("partners", "partnerpage", index.pk))


def test_a_coach_publishes_a_partner_and_readers_see_it(client, coach, partner_index):
    client.force_login(coach)

    response = client.post(add_url(partner_index), partner_form())

    assert response.status_code == HTTPStatus.FOUND, response.content[:3000]
    partner = PartnerPage.objects.get(slug="maison-de-quartier-du-centre")
    assert partner.live
    assert partner.kind.slug == "neighbourhood-centre"
    assert partner.last_checked == date(2026, 11, 20)
    client.logout()
    page = client.get(partner.url)
    assert page.status_code == HTTPStatus.OK
    for shown in ("A weekly soup evening", "Rue de Fer 12", "French, Arabic", "reception desk"):
        assert shown in page.text


def test_a_coach_corrects_and_then_deletes_a_partner(client, coach, partner_index):
    partner = factories.make_partner(partner_index, title="Sports club")
    client.force_login(coach)
    edit = reverse("wagtailadmin_pages:edit", args=(partner.pk,))

    response = client.post(
        edit,
        partner_form(
            title="Sports club of the Meuse",
            slug=partner.slug,
            kind=PartnerKind.objects.get(slug="sport").pk,
            city=City.objects.get(slug="namur").pk,
        ),
    )
    assert response.status_code == HTTPStatus.FOUND, response.content[:3000]
    assert client.get(PartnerPage.objects.get(pk=partner.pk).url).status_code == HTTPStatus.OK
    assert "Sports club of the Meuse" in client.get(partner.url).text

    response = client.post(reverse("wagtailadmin_pages:delete", args=(partner.pk,)))
    assert response.status_code == HTTPStatus.FOUND
    assert not PartnerPage.objects.filter(pk=partner.pk).exists()


def test_the_privacy_check_reads_every_text_field_of_a_partner(client, coach, partner_index):
    client.force_login(coach)
    fields = {
        "offer": "Jean Dupont hosts the sewing workshop.",
        "thresholds": "Call 0470 12 34 56 before coming.",
        "how_to_start": "Write to jean.dupont@example.org.",
        "languages": "French, as Mme Lambert speaks it",
        "title": "Maison de quartier de Nadia Peeters",
        "address": "Chez Marie Dubois, Rue de Fer 12, Namur",
    }
    for field, text in fields.items():
        response = client.post(add_url(partner_index), partner_form(**{field: text}))

        assert response.status_code == HTTPStatus.OK, field
        assert "This text may name a person" in response.text, field
        assert not PartnerPage.objects.exists()


def test_an_organisations_address_passes_the_privacy_check(client, coach, partner_index):
    """The address field is meant for a street address; it alone asks nothing more."""
    client.force_login(coach)

    response = client.post(add_url(partner_index), partner_form(address="Rue de Fer 12, Namur"))

    assert response.status_code == HTTPStatus.FOUND
    response = client.post(
        add_url(partner_index),
        partner_form(slug="other", offer="Meet us at Rue de Fer 12 on Mondays."),
    )
    assert "This text may name a person" in response.text
