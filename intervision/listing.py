"""The intervision index: upcoming and past sessions and exchange days, with filters.

A group meets in whichever language suits it: every index lists the sessions
its reader may see and the exchange days in every language (each marked with
its language; a day translated into the index's language shows in it).

Filters come from the query string; an unknown value is ignored rather than
rejected, and a bad page number falls back to a valid page.
"""

from django.core.paginator import Paginator
from django.utils import timezone

from kb.taxonomy.models import City

from .access import visible_sessions
from .methods import method_choices
from .models import ExchangeDayPage, IntervisionGroup, IntervisionSessionPage

PAST_PER_PAGE = 10
DAYS_SHOWN = 10
# The language switcher's parameter naming the page left behind, which has no translation.
UNTRANSLATED_PARAM = "untranslated"


def untranslated_session(request):
    """The session the reader switched language from, when they may see it, else None.

    A session is held in one language; the switcher then leads to the index of
    the other language, which says so and links back to the session.
    """
    raw = request.GET.get(UNTRANSLATED_PARAM, "")
    if not (raw.isascii() and raw.isdigit() and len(raw) < 12):
        return None
    sessions = visible_sessions(request.user, IntervisionSessionPage.objects.live())
    return sessions.select_related("locale").filter(pk=int(raw)).first()


def read_filters(params, groups, cities, methods):
    """The valid filter values of ``params`` (group slug, method key, city slug)."""
    wanted = {
        "group": params.get("group", ""),
        "method": params.get("method", ""),
        "city": params.get("city", ""),
    }
    valid = {
        "group": {group.slug for group in groups},
        "method": {key for key, _name in methods},
        "city": {city.slug for city in cities},
    }
    return {name: value for name, value in wanted.items() if value in valid[name]}


def index_context(index, request):
    now = timezone.now()
    groups = list(IntervisionGroup.objects.all())
    cities = list(City.objects.all())
    methods = method_choices()
    filters = read_filters(request.GET, groups, cities, methods)

    sessions = visible_sessions(request.user, IntervisionSessionPage.objects.live()).select_related(
        "group", "facilitator", "case_project__city", "locale"
    )
    if "group" in filters:
        sessions = sessions.filter(group__slug=filters["group"])
    if "method" in filters:
        sessions = sessions.filter(method_slug=filters["method"])
    if "city" in filters:
        sessions = sessions.filter(case_project__city__slug=filters["city"])

    days = ExchangeDayPage.once_each(ExchangeDayPage.objects.live(), index.locale).select_related(
        "host_project__city", "locale"
    )
    if "city" in filters:
        days = days.filter(host_project__city__slug=filters["city"])
    today = timezone.localdate(now)

    query = request.GET.copy()
    query.pop("page", None)
    return {
        "untranslated_session": untranslated_session(request),
        "filters": filters,
        "filter_groups": groups,
        "filter_methods": methods,
        "filter_cities": cities,
        "filter_query": query.urlencode(),
        "upcoming_sessions": sessions.filter(start__gte=now).order_by("start"),
        "past_sessions": Paginator(
            sessions.filter(start__lt=now).order_by("-start"), PAST_PER_PAGE
        ).get_page(request.GET.get("page")),
        "upcoming_days": days.filter(date__gte=today).order_by("date")[:DAYS_SHOWN],
        "past_days": days.filter(date__lt=today).order_by("-date")[:DAYS_SHOWN],
    }
