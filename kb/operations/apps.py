from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """What keeps the site running: backups, response headers, outages, uploads."""

    name = "kb.operations"
    label = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from django.urls import register_converter

        from . import documents
        from .converters import IdConverter

        documents.connect()
        # Registered before the address patterns are read, which name it as ``<id:pk>``.
        register_converter(IdConverter, "id")
