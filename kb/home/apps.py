from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "kb.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from . import admin_language  # noqa: F401  (connects the sign-in receiver)
        from .wagtail_strings import translate_review_comment_label, translate_workflow_status

        translate_review_comment_label()
        translate_workflow_status()
