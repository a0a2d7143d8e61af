"""The partners a sheet or an exchange day names, as their pages show them."""

from django import template
from django.utils.translation import get_language

from search.related import in_language

from ..models import PartnerPage

register = template.Library()


@register.inclusion_tag("components/partners_involved.html")
def partners_involved(links):
    """The live partners of ``links`` (rows with a ``partner``), in the reader's language first.

    ``links`` may be a preview's unsaved rows, so they are read as objects.
    """
    pairs = [
        (link.partner.translation_key, link.partner_id) for link in links.select_related("partner")
    ]
    shown = PartnerPage.objects.live().public().select_related("kind", "city")
    return {"partners": in_language(pairs, get_language(), shown)}
