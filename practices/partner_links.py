"""The sheets that involved a partner, as its page lists them (``kb.partners.involvement``)."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kb.partners.involvement import Involvement
from search.related import in_language

from .models import PracticePage, PracticePartner


def sheets_involving(partner, request):
    """Live public sheets naming any translation of ``partner``, in the reader's language first."""
    pairs = (
        PracticePartner.objects.filter(
            partner__translation_key=partner.translation_key, page__live=True
        )
        .order_by("page__title")
        .values_list("page__translation_key", "page_id")
    )
    shown = (
        PracticePage.objects.live().public().filter(anonymised=True).select_related("project__city")
    )
    return in_language(pairs, get_language(), shown)


SHEETS = Involvement(heading=_("Practices that involved it"), pages=sheets_involving)
