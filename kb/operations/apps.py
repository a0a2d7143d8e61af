from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """What keeps the site running: backups, response headers, outages, uploads."""

    name = "kb.operations"
    label = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from . import documents

        documents.connect()
