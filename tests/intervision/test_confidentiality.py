"""Anonymous visitors get nothing of a session; logged-in members read it."""

from datetime import timedelta
from http import HTTPStatus

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from intervision.models import ExchangeDayPage

CASE_QUESTION = "How do I support the tenant who teaches guitar on his difficult weeks?"
CASE_SUMMARY = "The teacher missed two lessons after a hard weekend."


@pytest.fixture
def session(make_session, make_group, coach):
    return make_session(
        group=make_group("Namur", members=[coach]),
        case_question=CASE_QUESTION,
        case_summary=CASE_SUMMARY,
        actions=[("Plan a co-facilitator", coach, "open")],
    )


@pytest.fixture
def exchange_day(intervision_index):
    day = ExchangeDayPage(
        title="Exchange day in Namur",
        slug="exchange-namur",
        date=timezone.localdate() + timedelta(days=10),
        learnings="The literacy partner now welcomes tenants.",
        locale=intervision_index.locale,
    )
    intervision_index.add_child(instance=day)
    day.save_revision().publish()
    return day


def member_urls(session, exchange_day):
    point = session.action_points.get()
    return [
        ("get", session.url),
        ("get", session.get_parent().url),
        ("get", exchange_day.url),
        ("get", reverse("intervision:prepare", args=[session.pk])),
        ("get", reverse("intervision:agenda", args=[session.pk])),
        ("get", reverse("intervision:minutes", args=[session.pk])),
        ("get", reverse("intervision:session_ics", args=[session.pk])),
        ("get", reverse("intervision:exchange_day_ics", args=[exchange_day.pk])),
        ("get", reverse("intervision:calendar")),
        ("post", reverse("intervision:add_practice", args=[session.pk])),
        ("post", reverse("intervision:apply_method", args=[session.pk])),
        ("post", reverse("intervision:draft_practice", args=[session.pk])),
        ("post", reverse("intervision:close_action_point", args=[point.pk])),
        ("post", reverse("intervision:regenerate_calendar")),
    ]


def test_a_new_intervision_index_carries_a_login_restriction(intervision_index):
    restrictions = intervision_index.view_restrictions.all()
    assert [r.restriction_type for r in restrictions] == [PageViewRestriction.LOGIN]


def test_anonymous_visitors_are_sent_to_login_from_every_url(client, session, exchange_day):
    for method, url in member_urls(session, exchange_day):
        response = getattr(client, method)(url)
        assert response.status_code == HTTPStatus.FOUND, url
        language = url.split("/")[1]
        assert response["Location"].startswith(f"/{language}/login/?next="), url
        body = response.content.decode()
        assert CASE_QUESTION not in body and CASE_SUMMARY not in body, url


def test_the_login_page_is_reached_and_leads_back(client, session):
    response = client.get(session.url, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert response.redirect_chain[-1][0].startswith("/en/login/")
    assert CASE_QUESTION not in response.content.decode()


def test_a_coach_reads_the_session(client, coach, session, exchange_day):
    client.force_login(coach)

    response = client.get(session.url)

    assert response.status_code == HTTPStatus.OK
    assert CASE_QUESTION in response.content.decode()
    assert CASE_SUMMARY in response.content.decode()
    assert client.get(exchange_day.url).status_code == HTTPStatus.OK
    assert client.get(session.get_parent().url).status_code == HTTPStatus.OK


def test_sessions_stay_out_of_public_listings_and_sitemaps(session, exchange_day):
    public = Page.objects.live().public()
    assert not public.filter(pk__in=[session.pk, exchange_day.pk]).exists()
    assert session.get_sitemap_urls() == []
    assert exchange_day.get_sitemap_urls() == []


def test_removing_the_restriction_by_hand_still_keeps_anonymous_visitors_out(
    client, intervision_index, session
):
    intervision_index.view_restrictions.all().delete()

    response = client.get(session.url)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/login/")


def test_an_unknown_or_draft_session_is_a_404_for_members(client, coach, make_session):
    draft = make_session()
    draft.unpublish()
    client.force_login(coach)

    assert client.get(reverse("intervision:prepare", args=[draft.pk])).status_code == 404
    assert client.get(reverse("intervision:prepare", args=[999999])).status_code == 404
