from django.db import migrations


def create_vocabularies(apps, schema_editor):
    from kb.taxonomy.vocabulary import ensure_vocabularies

    ensure_vocabularies(apps)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(create_vocabularies, migrations.RunPython.noop)]
