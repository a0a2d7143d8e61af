"""The exchange days that met a partner, as its page lists them to members."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from kb.partners.involvement import Involvement

from .models import ExchangeDayPage


def days_involving(partner, request):
    """Every signed-in member sees exchange days: each day naming the partner once, newest first,
    in the reader's language where it is translated. Anonymous readers see none."""
    if not request.user.is_authenticated:
        return ExchangeDayPage.objects.none()
    keys = (
        ExchangeDayPage.objects.live()
        .filter(partner_links__partner__translation_key=partner.translation_key)
        .values("translation_key")
    )
    days = ExchangeDayPage.objects.live().filter(translation_key__in=keys)
    return (
        ExchangeDayPage.once_each(days, Locale.get_active())
        .select_related("host_project__city", "locale")
        .order_by("-date")
    )


DAYS = Involvement(heading=_("Exchange days that met it"), pages=days_involving)
