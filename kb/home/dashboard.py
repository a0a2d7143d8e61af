"""What the home page shows, kept out of the model so its queries stay visible."""

from django.utils import timezone

from intervision.access import visible_sessions
from intervision.models import ExchangeDayPage, IntervisionIndexPage, IntervisionSessionPage
from kb.glossary.models import GlossaryPage
from kb.home.templatetags.navigation_tags import section_pages
from kb.onboarding.models import OnboardingPathPage
from practices.models import PracticeIndexPage, PracticePage

LATEST_SHOWN = 6


def latest_practices(locale):
    """The newest public sheets of a language, read through the (locale, first published)
    index (``home`` migration 0003) whatever the number of sheets."""
    return (
        PracticePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("project__city")
        .prefetch_related("life_domains")
        .order_by("-first_published_at")[:LATEST_SHOWN]
    )


def home_context(home, request):
    locale = home.locale
    practices = latest_practices(locale)
    sections = section_pages(locale.language_code)
    context = {
        "latest_practices": practices,
        "practice_index": sections.get(PracticeIndexPage),
        "onboarding_page": sections.get(OnboardingPathPage),
        "intervision_index": sections.get(IntervisionIndexPage),
        "glossary_page": sections.get(GlossaryPage),
    }
    if request.user.is_authenticated:
        now = timezone.now()
        # A member's sessions and the exchange days in any language, each marked with it.
        sessions = visible_sessions(request.user, IntervisionSessionPage.upcoming(now))
        context["upcoming_sessions"] = sessions.select_related("locale")[:5]
        days = ExchangeDayPage.once_each(ExchangeDayPage.upcoming(now), locale)
        context["upcoming_exchange_days"] = days.select_related("locale")[:5]
    return context
