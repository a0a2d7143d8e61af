"""Sheets and exchange days name their partners; a partner's page lists what involved it."""

from datetime import date
from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset

import pytest

from intervision.models import ExchangeDayPage, ExchangeDayPartner, IntervisionIndexPage
from practices.models import PracticePage, PracticePartner
from tests import factories
from tests.people.admin_forms import add_practice_url, practice_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(partner_index):
    return factories.make_partner(partner_index, title="Article 27 Namur", kind="culture")


def name_partner(page, partner):
    page.partner_links = [PracticePartner(partner=partner)]
    return factories.publish(page)


def test_a_sheet_names_its_partner_and_the_partner_lists_the_sheet(client, practice_index, partner):
    sheet = name_partner(factories.make_practice(practice_index, title="Theatre outings"), partner)

    sheet_page = client.get(sheet.url).text
    partner_page = client.get(partner.url).text

    assert "Partners involved" in sheet_page
    assert f'href="{partner.url}"' in sheet_page
    assert "Practices that involved it" in partner_page
    assert f'href="{sheet.url}"' in partner_page


def test_a_partner_lists_the_sheets_in_the_readers_language_first(client, practice_index, partner):
    sheet = name_partner(factories.make_practice(practice_index, title="Theatre outings"), partner)
    dutch_sheet = factories.translate(sheet, "nl")
    dutch_sheet.title = "Theaterbezoeken"
    factories.publish(dutch_sheet)
    only_english = name_partner(
        factories.make_practice(practice_index, title="Free tickets desk"), partner
    )
    dutch_partner = factories.translate(partner, "nl")

    dutch_page = client.get(dutch_partner.url).text
    english_page = client.get(partner.url).text

    assert "Theaterbezoeken" in dutch_page
    assert "Theatre outings" not in dutch_page
    assert f'href="{only_english.url}" lang="en"' in dutch_page
    assert "Theatre outings" in english_page
    assert "Theaterbezoeken" not in english_page
    dutch_sheet_page = client.get(dutch_sheet.url).text
    assert f'href="{dutch_partner.url}"' in dutch_sheet_page


def test_a_partner_lists_no_sheet_that_is_not_live(client, practice_index, partner):
    sheet = name_partner(factories.make_practice(practice_index, title="Theatre outings"), partner)
    sheet.unpublish()

    assert "Theatre outings" not in client.get(partner.url).text


def test_the_admin_saves_the_partners_a_sheet_names(client, practice_index, partner):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "a-long-pass-1")
    client.force_login(editor)
    data = practice_form_data(
        factories.make_project(),
        action="action-publish",
        partner_links=inline_formset([{"partner": partner.pk}]),
    )

    response = client.post(add_practice_url(practice_index), data)

    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    sheet = PracticePage.objects.get(slug="guitar-lessons")
    assert [link.partner for link in sheet.partner_links.all()] == [partner]
    client.logout()
    assert f'href="{sheet.url}"' in client.get(partner.url).text


def test_the_exchange_days_that_met_a_partner_are_listed_to_members_only(client, home, partner):
    index = factories.publish(
        home.add_child(instance=IntervisionIndexPage(title="Intervision", slug="intervision"))
    )
    day = ExchangeDayPage(title="Visit to Namur", slug="visit-namur", date=date(2026, 10, 5))
    day.partner_links = [ExchangeDayPartner(partner=partner)]
    factories.publish(index.add_child(instance=day))
    member = get_user_model().objects.create_user("member", "m@example.org", "a-long-pass-1")

    assert "Visit to Namur" not in client.get(partner.url).text
    client.force_login(member)
    partner_page = client.get(partner.url).text
    assert "Exchange days that met it" in partner_page
    assert "Visit to Namur" in partner_page
    assert "Article 27 Namur" in client.get(day.url).text


def test_the_exchange_day_form_offers_a_partner_chooser(client, home, partner):
    index = factories.publish(
        home.add_child(instance=IntervisionIndexPage(title="Intervision", slug="intervision"))
    )
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "a-long-pass-1")
    client.force_login(editor)

    form = client.get(
        reverse("wagtailadmin_pages:add", args=("intervision", "exchangedaypage", index.pk))
    ).text

    assert 'id="id_partner_links-TOTAL_FORMS"' in form
