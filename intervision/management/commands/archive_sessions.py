"""Move intervision notes older than the retention period to the admin-only archive."""

from django.conf import settings
from django.core.management.base import BaseCommand

from intervision.retention import archive_old_sessions


class Command(BaseCommand):
    help = "Archive the notes of sessions older than SESSION_NOTES_RETENTION_MONTHS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=settings.SESSION_NOTES_RETENTION_MONTHS,
            help="Retention in months (default: the SESSION_NOTES_RETENTION_MONTHS setting).",
        )

    def handle(self, *args, months, **options):
        archives = archive_old_sessions(months)
        for archive in archives:
            self.stdout.write(f"Archived the notes of {archive.session_title}")
        self.stdout.write(
            self.style.SUCCESS(f"{len(archives)} session(s) archived, retention {months} months.")
        )
