"""Calendar files for sessions and exchange days.

An event says when, where and for which group, and links to the page (which
asks for a login); it never carries the case question, summary or notes, since
calendar feeds travel through third-party calendar services.
"""

from datetime import UTC, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event

from .access import visible_sessions
from .models import ExchangeDayPage, IntervisionSessionPage

PRODID = "-//Ancora//Intervision//EN"


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def session_event(session, request):
    event = Event()
    event.add("uid", f"session-{session.translation_key}@ancora")
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("dtstart", session.start.astimezone(UTC))
    event.add("dtend", session.end.astimezone(UTC))
    label = session.group.name if session.group_id else _("Intervision")
    summary = _("Intervision: %(group)s") % {"group": label}
    if session.method_slug:
        summary = f"{summary} ({session.method_name})"
    event.add("summary", summary)
    location = _("Online") if session.online else session.place
    if location:
        event.add("location", location)
    event.add("url", session.get_full_url(request))
    return event


def exchange_event(day, request):
    event = Event()
    event.add("uid", f"exchange-{day.translation_key}@ancora")
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("dtstart", day.date)
    event.add("dtend", day.date + timedelta(days=1))
    host = day.host_project.label if day.host_project_id else day.title
    event.add("summary", _("Exchange day: %(host)s") % {"host": host})
    if day.host_project_id:
        event.add("location", day.host_project.city.label)
    event.add("url", day.get_full_url(request))
    return event


def single_event_calendar(event):
    calendar = _calendar(_("Intervision"))
    calendar.add_component(event)
    return calendar.to_ical()


def member_sessions(user, now):
    """The upcoming sessions the member may see (see ``access``), soonest first."""
    upcoming = visible_sessions(user, IntervisionSessionPage.upcoming(now))
    return upcoming.select_related("group").order_by("start")


def member_feed(user, request, now=None):
    """The member's calendar: their upcoming sessions and every upcoming exchange day."""
    now = now or timezone.now()
    calendar = _calendar(_("Ancora intervision"))
    for session in member_sessions(user, now):
        calendar.add_component(session_event(session, request))
    for day in ExchangeDayPage.upcoming(now).select_related("host_project__city"):
        calendar.add_component(exchange_event(day, request))
    return calendar.to_ical()
