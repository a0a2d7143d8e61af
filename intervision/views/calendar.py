"""Calendar files: one event at a time for members, and a secret feed per member."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ..access import exchange_day_for, member_required, session_for
from ..audit import record_view
from ..ical import exchange_event, member_feed, session_event, single_event_calendar
from ..models import CalendarToken

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _ics_response(content, filename):
    response = HttpResponse(content, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@member_required
def session_ics(request, pk):
    session = session_for(request.user, pk)
    record_view(request, session)
    return _ics_response(
        single_event_calendar(session_event(session, request)), f"session-{session.pk}.ics"
    )


@require_GET
@member_required
def exchange_day_ics(request, pk):
    day = exchange_day_for(request.user, pk)
    return _ics_response(
        single_event_calendar(exchange_event(day, request)), f"exchange-day-{day.pk}.ics"
    )


@require_GET
def feed(request, token):
    """The member's feed; the token in the address stands in for a login."""
    found = CalendarToken.objects.select_related("user").filter(token=token).first()
    if found is None or not found.user.is_active:
        raise Http404
    return _ics_response(member_feed(found.user, request), "ancora-intervision.ics")


@require_GET
@member_required
def calendar(request):
    token = CalendarToken.for_user(request.user)
    feed_url = request.build_absolute_uri(reverse("intervision:feed", args=[token.token]))
    return render(request, "intervision/calendar.html", {"feed_url": feed_url})


@require_POST
@member_required
def regenerate_calendar(request):
    CalendarToken.for_user(request.user).regenerate()
    messages.success(request, _("A new calendar address was made; the old one no longer works."))
    return redirect("intervision:calendar")
