"""``manage.py generate_corpus --practices N --seed S``: a synthetic corpus for load tests.

A command of the benchmark app, installed by the benchmark's settings (``kb.settings.bench``).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bench.corpus import CorpusExists, generate
from bench.sessions import generate_sessions


class Command(BaseCommand):
    help = (
        "Create N live practice sheets (nl, fr, en, some translated) on the real taxonomy, "
        "the same ones for the same seed, then rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=1000, help="Number of sheets.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same corpus.")
        parser.add_argument(
            "--no-index", action="store_true", help="Leave the search index to the caller."
        )

    def handle(self, *args, practices, seed, no_index, **options):
        if practices < 0:
            raise CommandError("--practices must be zero or more.")
        started = time.monotonic()
        try:
            plans = generate(practices, seed, stream=self.stderr)
        except CorpusExists as error:
            raise CommandError(str(error)) from error
        extra = generate_sessions(practices, seed)
        self.stdout.write(
            f"Created {len(plans)} practice sheets{extra} in {time.monotonic() - started:.1f}s."
        )
        if no_index:
            return
        call_command("update_index", verbosity=0)
        call_command("search_index", "rebuild", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(f"Indexed in {time.monotonic() - started:.1f}s in all.")
