"""Calendar feeds: valid iCalendar, the member's upcoming events, never a case."""

from datetime import timedelta
from http import HTTPStatus

from django.urls import reverse
from django.utils import timezone

import pytest
from icalendar import Calendar

from intervision.models import CalendarToken, ExchangeDayPage

CASE_QUESTION = "How to reopen contact with a tenant who stopped coming to the gazette?"
CASE_SUMMARY = "Since the spring the tenant no longer answers the door."
STEP_NOTE = "The group suggested a letter left at the door."


@pytest.fixture
def calendar_setup(intervision_index, make_group, make_session, coach, outsider):
    ours = make_group("Brussels", members=[coach])
    theirs = make_group("Limburg", members=[outsider])
    upcoming = make_session(
        group=ours, days=5, case_question=CASE_QUESTION, case_summary=CASE_SUMMARY
    )
    draft = upcoming.get_latest_revision_as_object()
    steps = list(draft.steps.all())
    steps[0].notes = STEP_NOTE
    draft.steps = steps
    draft.save_revision().publish()
    past = make_session(group=ours, days=-5)
    other = make_session(group=theirs, days=6)
    day = ExchangeDayPage(
        title="Exchange day in Ghent",
        slug="ghent",
        date=timezone.localdate() + timedelta(days=12),
        locale=intervision_index.locale,
    )
    intervision_index.add_child(instance=day)
    day.save_revision().publish()
    return {"upcoming": upcoming, "past": past, "other": other, "day": day}


def parse(response):
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def urls_of(calendar):
    return {str(event.get("url")) for event in calendar.walk("VEVENT")}


def test_the_member_feed_parses_and_lists_their_upcoming_events(client, coach, calendar_setup):
    token = CalendarToken.for_user(coach).token

    calendar = parse(client.get(reverse("intervision:feed", args=[token])))

    urls = urls_of(calendar)
    assert any(url.endswith(calendar_setup["upcoming"].url) for url in urls)
    assert any(url.endswith(calendar_setup["day"].url) for url in urls)
    assert not any(url.endswith(calendar_setup["past"].url) for url in urls)
    assert not any(url.endswith(calendar_setup["other"].url) for url in urls)
    event = next(e for e in calendar.walk("VEVENT") if "Brussels" in str(e.get("summary")))
    start = calendar_setup["upcoming"].start.replace(microsecond=0)
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=120)


def test_the_feed_holds_no_case_text(client, coach, calendar_setup):
    token = CalendarToken.for_user(coach).token

    content = client.get(reverse("intervision:feed", args=[token])).content.decode()

    for secret in (CASE_QUESTION, CASE_SUMMARY, STEP_NOTE, "gazette", "door"):
        assert secret not in content


def test_a_single_event_download_parses_and_holds_no_case_text(client, coach, calendar_setup):
    client.force_login(coach)
    session = calendar_setup["upcoming"]

    response = client.get(reverse("intervision:session_ics", args=[session.pk]))

    calendar = parse(response)
    assert len(calendar.walk("VEVENT")) == 1
    assert CASE_QUESTION not in response.content.decode()
    day = calendar_setup["day"]
    day_calendar = parse(client.get(reverse("intervision:exchange_day_ics", args=[day.pk])))
    assert day_calendar.walk("VEVENT")[0].decoded("dtstart") == day.date


def test_regenerating_the_token_revokes_the_old_address(client, coach, calendar_setup):
    old = CalendarToken.for_user(coach).token
    client.force_login(coach)
    assert old in client.get(reverse("intervision:calendar")).content.decode()

    client.post(reverse("intervision:regenerate_calendar"))

    new = CalendarToken.objects.get(user=coach).token
    assert new != old
    client.logout()
    assert client.get(reverse("intervision:feed", args=[old])).status_code == 404
    parse(client.get(reverse("intervision:feed", args=[new])))


def test_an_unknown_token_is_a_404(client, db):
    assert client.get(reverse("intervision:feed", args=["nope"])).status_code == 404
