"""Archived session notes belong to intervision now; the table keeps its name.

Only the model's home changes: the state moves here, the table stays, and the
content type follows, so existing permissions and log entries keep pointing at it.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

CODENAMES = ("view_archivedsessionnotes", "delete_archivedsessionnotes")


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moved = ContentType.objects.filter(app_label="intervision", model="archivedsessionnotes")
    if not moved.exists():
        ContentType.objects.filter(app_label="people", model="archivedsessionnotes").update(
            app_label="intervision"
        )
    administrators = Group.objects.filter(name="Administrator").first()
    if administrators is not None:
        administrators.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="intervision", codename__in=CODENAMES
            )
        )


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="intervision", model="archivedsessionnotes").update(
        app_label="people"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("intervision", "0002_group_facilitators"),
        # Only the table is needed; depending on later people migrations would run the
        # role grants before the apps whose permissions they hand out.
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ArchivedSessionNotes",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("session_title", models.CharField(max_length=255, verbose_name="session title")),
                        ("session_start", models.DateTimeField(verbose_name="session start")),
                        ("notes", models.JSONField(verbose_name="notes")),
                        ("archived_at", models.DateTimeField(auto_now_add=True, verbose_name="archived at")),
                        ("session", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.WAGTAIL_PAGE_MODEL, verbose_name="session")),
                    ],
                    options={
                        "verbose_name": "archived session notes",
                        "verbose_name_plural": "archived session notes",
                        "ordering": ["-archived_at"],
                        "db_table": "people_archivedsessionnotes",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
