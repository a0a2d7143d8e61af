from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "kb.people"
    label = "people"
    verbose_name = _("People")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps

        from .roles import SECTION_PERMISSIONS, grant_new_section
        from .workflow_names import name_workflows_in_the_readers_language, named_models

        name_workflows_in_the_readers_language(named_models(apps.get_models()))

        for label in SECTION_PERMISSIONS:
            post_save.connect(
                grant_new_section, sender=label, dispatch_uid=f"people_grant_section_{label}"
            )
