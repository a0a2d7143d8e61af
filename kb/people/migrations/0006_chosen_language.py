"""Members choose their admin language; a preference already stored counts as chosen.

Before, the first sign-in stored its language as the preference, and an explicit
choice could not be told from it: every stored preference is kept as a choice,
rather than risk overwriting one a member made.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def keep_stored_preferences(apps, schema_editor):
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    ChosenLanguage = apps.get_model("people", "ChosenLanguage")
    ChosenLanguage.objects.bulk_create(
        ChosenLanguage(user_id=user_id)
        for user_id in UserProfile.objects.exclude(preferred_language="").values_list(
            "user_id", flat=True
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("people", "0005_archived_session_notes_move_to_intervision"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [
        migrations.CreateModel(
            name="ChosenLanguage",
            fields=[
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="chosen_language",
                        serialize=False,
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
                ("chosen_at", models.DateTimeField(auto_now=True, verbose_name="chosen at")),
            ],
            options={
                "verbose_name": "chosen language",
                "verbose_name_plural": "chosen languages",
            },
        ),
        migrations.RunPython(keep_stored_preferences, migrations.RunPython.noop),
    ]
