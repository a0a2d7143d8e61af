"""An index on Wagtail's page table for "the latest pages of a language".

The home page lists the latest practices of its language; with this index the
database reads the six newest rows of that language in order instead of
reading and sorting all of them. Wagtail's table is not ours, so the index is
plain SQL that both SQLite and PostgreSQL understand, with no model state.
"""

from django.db import migrations

INDEX = "ancora_page_locale_first_published"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_standard_page_lists_practices_by_model"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailcore_page (locale_id, first_published_at)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
