from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntervisionConfig(AppConfig):
    name = "intervision"
    verbose_name = _("Intervision")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kb.partners.involvement import register
        from practices.anonymisation import register_readers
        from search.audience import register_reader_keys

        from .access import audience_keys
        from .confidentiality import connect_signals
        from .drafting import sheets_drafted_for
        from .methods import forget_method_names
        from .models import Method
        from .partner_links import DAYS

        connect_signals()
        register_reader_keys(audience_keys)
        register_readers(sheets_drafted_for)
        register(DAYS)
        for signal in (post_save, post_delete):
            signal.connect(forget_method_names, sender=Method)
