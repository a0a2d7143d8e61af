"""Write a consistent archive of the database and the uploaded files."""

from django.core.management.base import BaseCommand, CommandError

from kb.operations.backup import BackupError, summary, write_backup


class Command(BaseCommand):
    help = "Back up the database (portable JSON) and media files into one archive."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archive file to write, or a folder to write it in.")

    def handle(self, *args, path, **options):
        try:
            archive, manifest = write_backup(path)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        counts = summary(manifest)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {archive}: {counts['pages']} pages, "
                f"{counts['revisions']} revisions, {counts['users']} users, "
                f"{counts['files']} files."
            )
        )
