"""The practice sheets as the city pages of ``kb.partners`` read them, lent from ``ready``."""

from kb.partners.cities import Sheets

from .anonymisation import readable_by_anyone
from .models import PracticeIndexPage, PracticePage


def public_sheets(language):
    return readable_by_anyone(PracticePage.objects.filter(locale__language_code=language))


def for_cards(sheets):
    """What a practice card shows besides the sheet: its city and life domains, in two queries."""
    return sheets.select_related("project__city", "locale").prefetch_related("life_domains")


CITY_SHEETS = Sheets(
    public=public_sheets, city="project__city", index=PracticeIndexPage, for_cards=for_cards
)
