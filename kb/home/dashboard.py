"""What the home page shows, kept out of the model so its queries stay visible."""

from django.utils import timezone

from intervision.models import ExchangeDayPage, IntervisionIndexPage, IntervisionSessionPage
from kb.glossary.models import GlossaryPage
from kb.onboarding.models import OnboardingPathPage
from practices.models import PracticeIndexPage, PracticePage


def home_context(home, request):
    locale = home.locale
    practices = (
        PracticePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("project__city")
        .prefetch_related("life_domains")
        .order_by("-first_published_at")[:6]
    )
    context = {
        "latest_practices": practices,
        "practice_index": _first_live(PracticeIndexPage, locale),
        "onboarding_page": _first_live(OnboardingPathPage, locale),
        "intervision_index": _first_live(IntervisionIndexPage, locale),
        "glossary_page": _first_live(GlossaryPage, locale),
    }
    if request.user.is_authenticated:
        now = timezone.now()
        for key, model in (
            ("upcoming_sessions", IntervisionSessionPage),
            ("upcoming_exchange_days", ExchangeDayPage),
        ):
            context[key] = model.upcoming(now).filter(locale=locale)[:5]
    return context


def _first_live(model, locale):
    return model.objects.live().filter(locale=locale).first()
