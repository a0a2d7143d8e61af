"""Coaches and reviewers may start the translation of a sheet they can edit.

Migration 0003 granted this only when the permission already existed, which
depends on the order the apps migrate in: on a database where it did not, the
writers were left unable to translate. The permission is created here first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from kb.people.roles import TRANSLATE, WRITERS


def grant_translation(apps, schema_editor):
    app_label, codename = TRANSLATE
    app_config = apps.get_app_config(app_label)
    # Historical app configs have no models module, which create_permissions requires.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    for group in Group.objects.filter(name__in=WRITERS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_chosen_language"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_translation, migrations.RunPython.noop)]
