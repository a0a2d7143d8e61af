from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnboardingConfig(AppConfig):
    name = "kb.onboarding"
    label = "onboarding"
    verbose_name = _("Onboarding")
    # Every row of this app shows on public pages: a change empties the page cache.
    public_content = True
