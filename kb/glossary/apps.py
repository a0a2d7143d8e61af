from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "kb.glossary"
    label = "glossary"
    verbose_name = _("Glossary")
    # Every row of this app shows on public pages: a change empties the page cache.
    public_content = True

    def ready(self):
        from . import signals

        signals.connect()
