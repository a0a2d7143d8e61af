"""Archived session notes moved to the intervision app; their table stays as it is."""

from django.db import migrations


def drop_stale_content_type(apps, schema_editor):
    """On a new database the roles migration saw the model in both apps, for a while."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label="intervision", model="archivedsessionnotes").exists():
        ContentType.objects.filter(app_label="people", model="archivedsessionnotes").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_facilitators_draft_practice_sheets"),
        ("intervision", "0003_archived_session_notes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ArchivedSessionNotes")],
            database_operations=[],
        ),
        migrations.RunPython(drop_stale_content_type, migrations.RunPython.noop),
    ]
