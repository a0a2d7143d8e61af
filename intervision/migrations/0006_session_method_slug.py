"""The session's method is stored as ``method_slug``.

A form field named ``method`` shadows the form's own ``method`` property in the
browser, which stopped the admin's autosave on every session. Revisions keep the
field by name in their content, so drafts and history are renamed with it.
"""

from django.db import migrations

OLD, NEW = "method", "method_slug"


def rename_in_revisions(apps, old, new):
    content_type = apps.get_model("contenttypes", "ContentType")
    revision = apps.get_model("wagtailcore", "Revision")
    session_type = content_type.objects.filter(
        app_label="intervision", model="intervisionsessionpage"
    ).first()
    if session_type is None:
        return
    for row in revision.objects.filter(content_type=session_type).iterator():
        if old in row.content:
            row.content[new] = row.content.pop(old)
            row.save(update_fields=["content"])


def forwards(apps, schema_editor):
    rename_in_revisions(apps, OLD, NEW)


def backwards(apps, schema_editor):
    rename_in_revisions(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("intervision", "0005_seed_methods"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField(
            model_name="intervisionsessionpage", old_name="method", new_name="method_slug"
        ),
        migrations.RunPython(forwards, backwards),
    ]
