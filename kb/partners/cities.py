"""A city at a glance: its partner organisations by kind, its practice sheets, its place on the map.

What a city shows and counts is what an anonymous reader reads in their own
language: live pages without view restriction, never a sheet still awaiting
anonymisation, never an intervision session. The map's counts for every city
come from two grouped queries, kept until the content changes. Partners import
no practice model: ``practices`` lends its sheets from its ``AppConfig.ready``
(``register_sheets``).
"""

from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language, override

from kb.pagecache.store import until_content_changes
from kb.taxonomy.models import City

from . import belgium
from .models import PartnerIndexPage, PartnerPage

# The newest sheets a city page lists; the practice index lists them all, filtered by city.
PRACTICES_SHOWN = 12


@dataclass(frozen=True)
class Sheets:
    """The practice sheets as city pages read them.

    ``public(language)`` gives the sheets any visitor reads in that language, ``city``
    is the lookup from a sheet to its city, ``index`` the page type listing them all,
    ``for_cards`` what a card shows of a sheet besides its own fields.
    """

    public: Callable
    city: str
    index: type
    for_cards: Callable


_registered = []


def register_sheets(sheets):
    """Called once, by ``practices``."""
    if sheets not in _registered:
        _registered.append(sheets)


def practice_sheets():
    return _registered[0]


def public_partners(language):
    return PartnerPage.objects.live().public().filter(locale__language_code=language)


@dataclass(frozen=True)
class CityOnMap:
    """A city as the map draws and lists it; ``x`` is None for a city the map cannot place."""

    slug: str
    name: str
    url: str
    practices: int
    partners: int
    x: float | None = None
    y: float | None = None
    side: str = "right"

    @property
    def label_x(self):
        return self.x + belgium.LABEL_OFFSET[self.side][0]

    @property
    def label_y(self):
        """The baseline of the name; the counts go one line below."""
        return self.y + belgium.LABEL_OFFSET[self.side][1]

    @property
    def counts_y(self):
        return self.label_y + belgium.LINE


def cities_on_map(language):
    """Every city with its counts of public practice sheets and partners in ``language``."""
    return until_content_changes(f"city-map:{language}", lambda: _cities_on_map(language))


def _counts(pages, city_field):
    rows = pages.order_by().values(city_field).annotate(count=Count("pk"))
    return {row[city_field]: row["count"] for row in rows}


def _cities_on_map(language):
    sheets = practice_sheets()
    practices = _counts(sheets.public(language), sheets.city)
    partners = _counts(public_partners(language), "city")
    with override(language):
        cities = []
        for city in City.objects.all():
            x, y, side = belgium.position(city.slug) or (None, None, "right")
            cities.append(
                CityOnMap(
                    slug=city.slug,
                    name=city.label,
                    url=reverse("partners:city", kwargs={"slug": city.slug}),
                    practices=practices.get(city.pk, 0),
                    partners=partners.get(city.pk, 0),
                    x=x,
                    y=y,
                    side=side,
                )
            )
    return cities


def _index_url(model, language, request):
    index = model.objects.live().public().filter(locale__language_code=language).first()
    return index.get_url(request) if index else None


def city(request, slug):
    """The partners of a city grouped by kind, its newest practice sheets and its projects."""
    place = get_object_or_404(City.objects.select_related("region"), slug=slug)
    language = get_language()
    partners = (
        public_partners(language)
        .filter(city=place)
        .select_related("kind")
        .order_by("kind__sort_order", "kind__slug", "title")
    )
    sheets = practice_sheets()
    practices = sheets.for_cards(
        sheets.public(language).filter(**{sheets.city: place}).order_by("-first_published_at", "pk")
    )
    practice_count = practices.count()
    context = {
        "city": place,
        "partner_groups": [
            (kind, list(group)) for kind, group in groupby(partners, key=attrgetter("kind"))
        ],
        "practices": practices[:PRACTICES_SHOWN],
        "practice_count": practice_count,
        "projects": place.projects.select_related("model"),
        "practice_index_url": _index_url(sheets.index, language, request),
        "partner_index_url": _index_url(PartnerIndexPage, language, request),
    }
    return render(request, "partners/city.html", context)
