"""Coaches and reviewers may start the translation of a sheet they can edit."""

from django.db import migrations

from kb.people.roles import TRANSLATE, WRITERS


def grant_translation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = TRANSLATE
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=WRITERS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_roles"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_translation, migrations.RunPython.noop)]
