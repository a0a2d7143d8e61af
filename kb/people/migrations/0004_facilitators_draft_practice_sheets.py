"""Facilitators may draft practice sheets (from a session's case), like coaches."""

from django.db import migrations

PRACTICE_INDEX = ("practices", "practiceindexpage")
CODENAMES = ("add_page", "change_page")


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    facilitators = Group.objects.filter(name="Facilitator").first()
    index_type = ContentType.objects.filter(
        app_label=PRACTICE_INDEX[0], model=PRACTICE_INDEX[1]
    ).first()
    if facilitators is None or index_type is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=CODENAMES
    )
    for index in Page.objects.filter(content_type=index_type):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=facilitators, page=index, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0003_writers_translate_their_sheets"),
        ("practices", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
