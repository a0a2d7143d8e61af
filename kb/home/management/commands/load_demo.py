"""Build the demo site: taxonomy, pages in three languages, sessions, users, search index."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from intervision.demo import build_intervision_demo
from intervision.models import IntervisionIndexPage
from kb.demo.files import read
from kb.demo.loader import DemoLoader
from kb.demo.onboarding import build_onboarding_demo
from kb.demo.users import DEMO_USERS, ensure_demo_users
from kb.partners.models import PartnerIndexPage
from kb.people.roles import grant_section_permissions
from search.models import SynonymGroup


class Command(BaseCommand):
    help = "Create or complete the demo corpus. Running it again changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            homes, indexes = DemoLoader().run()
            users, passwords = ensure_demo_users()
            build_intervision_demo(homes, users)
            build_onboarding_demo(homes)
            sections = [IntervisionIndexPage.objects.all(), PartnerIndexPage.objects.all()]
            for index in [*indexes.values(), *(page for pages in sections for page in pages)]:
                grant_section_permissions(index)
            load_synonyms()
        call_command("search_index", "rebuild", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo corpus ready."))
        if settings.DEBUG:
            self.stdout.write("Sign in at http://127.0.0.1:8000/en/login/ or /admin/ with:")
            for username in users:
                role = DEMO_USERS[username]["role"] or "-"
                self.stdout.write(f"  {username:<16} {role:<14} {passwords[username]}")


def load_synonyms():
    """The demo's synonym groups, each added once (by its text) and never changed after."""
    for terms in read("synonyms.yaml"):
        SynonymGroup.objects.get_or_create(terms=terms)
