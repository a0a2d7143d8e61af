"""The printed agenda carries what the facilitator prepared, and when each step begins."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

from bs4 import BeautifulSoup

from intervision.models import DiscussedPractice, SessionStep
from tests import factories

BRUSSELS = ZoneInfo("Europe/Brussels")


def agenda(client, session):
    response = client.get(reverse("intervision:agenda", args=[session.pk]))
    return BeautifulSoup(response.content, "html.parser")


def test_the_agenda_lists_the_open_points_and_practices_prepared(
    client, facilitator, coach, make_group, make_session, practice_index
):
    group = make_group(members=[coach])
    make_session(
        group=group,
        days=-30,
        actions=[
            ("Ask the neighbourhood house for a room", coach, "open"),
            ("Write the guitar workshop sheet", coach, "done"),
        ],
    )
    session = make_session(group=group, days=7)
    sheet = factories.make_practice(practice_index, title="Guitar workshop in the shelter")
    DiscussedPractice.objects.create(session=session, practice=sheet)
    client.force_login(facilitator)

    text = agenda(client, session).get_text(" ", strip=True)

    assert "Ask the neighbourhood house for a room" in text
    assert "Camille Coach" in text
    assert "Write the guitar workshop sheet" not in text
    assert "Guitar workshop in the shelter" in text


def test_each_step_of_the_agenda_shows_its_clock_time(client, facilitator, make_session):
    session = make_session(
        method="",
        start=datetime(2030, 3, 12, 14, 0, tzinfo=BRUSSELS),
        steps=[
            SessionStep(title="Round of news", planned_minutes=15),
            SessionStep(title="The case", planned_minutes=30),
            SessionStep(title="Advice", planned_minutes=20),
        ],
    )
    client.force_login(facilitator)

    sheet = agenda(client, session)

    times = [step.find("time").get_text(strip=True) for step in sheet.select(".iv-sheet__steps li")]
    assert times == ["14:00", "14:15", "14:45"]
    assert sheet.select_one(".iv-sheet__end time").get_text(strip=True) == "15:05"
