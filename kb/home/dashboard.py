"""What the home page shows, kept out of the model so its queries stay visible."""

from django.utils import timezone

from wagtail.models import Page


def home_context(home, request):
    from practices.models import PracticeIndexPage, PracticePage

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
        "practice_index": PracticeIndexPage.objects.live().filter(locale=locale).first(),
        "onboarding_page": _first_live("onboarding.OnboardingPathPage", locale),
        "intervision_index": _first_live("intervision.IntervisionIndexPage", locale),
        "glossary_page": _first_live("glossary.GlossaryPage", locale),
    }
    if request.user.is_authenticated:
        context.update(_member_context(locale))
    return context


def _first_live(model_label, locale):
    from django.apps import apps

    try:
        model = apps.get_model(model_label)
    except LookupError:
        return None
    return model.objects.live().filter(locale=locale).first()


def _member_context(locale):
    from django.apps import apps

    now = timezone.now()
    upcoming = {}
    for key, label in (
        ("upcoming_sessions", "intervision.IntervisionSessionPage"),
        ("upcoming_exchange_days", "intervision.ExchangeDayPage"),
    ):
        try:
            model = apps.get_model(label)
        except LookupError:
            upcoming[key] = Page.objects.none()
            continue
        upcoming[key] = model.upcoming(now).filter(locale=locale)[:5]
    return upcoming
