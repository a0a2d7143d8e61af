"""The method catalogue from its data file, and the facilitators' right to edit it.

On a new database the role groups may not exist yet: the roles migration then
grants these permissions itself (``kb.people.roles.MODEL_PERMISSIONS``).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from intervision.catalogue import seed_methods

# Facilitators adapt and add methods; a method is never deleted from under its sessions.
FACILITATOR_CODENAMES = ("add_method", "change_method", "view_method")
ADMINISTRATOR_CODENAMES = (*FACILITATOR_CODENAMES, "delete_method")


def seed(apps, schema_editor):
    seed_methods(
        apps.get_model("intervision", "Method"),
        apps.get_model("intervision", "MethodRole"),
        apps.get_model("intervision", "MethodStep"),
    )
    app_config = apps.get_app_config("intervision")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (
        ("Facilitator", FACILITATOR_CODENAMES),
        ("Administrator", ADMINISTRATOR_CODENAMES),
    ):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="intervision", codename__in=codenames
                )
            )


def unseed(apps, schema_editor):
    apps.get_model("intervision", "Method").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intervision", "0004_method_catalogue"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
