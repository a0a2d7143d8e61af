from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntervisionConfig(AppConfig):
    name = "intervision"
    verbose_name = _("Intervision")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.audience import register_reader_keys

        from .access import audience_keys
        from .confidentiality import connect_signals

        connect_signals()
        register_reader_keys(audience_keys)
