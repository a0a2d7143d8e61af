"""Bring a database and the media folder back to the state of a backup archive."""

from django.core.management.base import BaseCommand, CommandError

from kb.operations.backup import BackupError, restore_backup, summary


class Command(BaseCommand):
    help = "Restore a backup archive written by `manage.py backup` into this database."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive to restore.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that already holds users.",
        )

    def handle(self, *args, path, force, **options):
        try:
            manifest = restore_backup(path, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = summary(manifest)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {counts['pages']} pages, {counts['revisions']} revisions, "
                f"{counts['users']} users and {counts['files']} files from {path}."
            )
        )
