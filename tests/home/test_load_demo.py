"""The demo corpus: what a newcomer sees after `make run`, built the same way twice."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models import Count, Min
from django.test import TestCase
from django.utils.html import escape

from wagtail.models import Page

from intervision.models import ExchangeDayPage, IntervisionSessionPage
from kb.glossary.models import GlossaryTerm
from kb.partners.models import PartnerPage
from kb.taxonomy.models import City, LifeDomain, OrganisationalModel, Project, Region
from practices.models import PracticePage


class LoadDemoTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", verbosity=0)
        cls.page_count = Page.objects.count()

    def test_taxonomy_covers_every_city_region_and_project(self):
        self.assertEqual(Region.objects.count(), 3)
        self.assertEqual(City.objects.count(), 8)
        cities_with_project = City.objects.filter(projects__isnull=False).distinct().count()
        self.assertEqual(cities_with_project, 8)

    def test_at_least_sixteen_sheets_in_the_three_languages(self):
        sheets = PracticePage.objects.live()
        self.assertGreaterEqual(sheets.values("translation_key").distinct().count(), 16)
        originals = (
            sheets.values("translation_key")
            .annotate(first=Min("id"))
            .values_list("first", flat=True)
        )
        by_language = dict(
            PracticePage.objects.filter(id__in=list(originals))
            .order_by()
            .values_list("locale__language_code")
            .annotate(n=Count("id"))
        )
        self.assertGreaterEqual(by_language.get("nl", 0), 6)
        self.assertGreaterEqual(by_language.get("fr", 0), 6)
        self.assertGreaterEqual(by_language.get("en", 0), 4)

    def test_every_sheet_has_project_city_model_and_a_life_domain(self):
        for sheet in PracticePage.objects.select_related("project__city", "model"):
            with self.subTest(sheet=sheet.title):
                self.assertIsNotNone(sheet.project)
                self.assertIsNotNone(sheet.city)
                self.assertIsNotNone(sheet.effective_model)
                self.assertTrue(sheet.life_domains.exists())

    def test_the_corpus_covers_every_domain_model_and_city(self):
        sheets = PracticePage.objects.live()
        for domain in LifeDomain.objects.all():
            self.assertTrue(sheets.filter(life_domains=domain).exists(), domain.slug)
        for city in City.objects.all():
            self.assertTrue(sheets.filter(project__city=city).exists(), city.slug)
        for model in OrganisationalModel.objects.all():
            direct = sheets.filter(model=model).exists()
            inherited = sheets.filter(model__isnull=True, project__model=model).exists()
            self.assertTrue(direct or inherited, model.slug)
        self.assertTrue(Project.objects.exists())

    def test_sessions_use_different_methods_and_carry_action_points(self):
        sessions = IntervisionSessionPage.objects.all()
        self.assertGreaterEqual(sessions.count(), 4)
        self.assertGreaterEqual(sessions.values("method_slug").distinct().count(), 4)
        with_points = [s for s in sessions if s.action_points.exists()]
        self.assertGreaterEqual(len(with_points), 4)
        self.assertGreaterEqual(
            ExchangeDayPage.objects.values("translation_key").distinct().count(), 2
        )

    def test_glossary_and_roles(self):
        self.assertGreaterEqual(GlossaryTerm.objects.count(), 10)
        for name in ("Coach", "Reviewer", "Facilitator", "New hire", "Administrator"):
            self.assertTrue(Group.objects.filter(name=name, user__isnull=False).exists(), name)

    def test_every_city_has_partners_in_the_three_languages_named_on_sheets(self):
        partners = PartnerPage.objects.live()
        for city in City.objects.all():
            for language in ("nl", "fr", "en"):
                here = partners.filter(city=city, locale__language_code=language)
                self.assertGreaterEqual(here.count(), 5, (city.slug, language))
        for slug in ("smes-b", "relais-social-liege", "w13", "caw-limburg", "ocmw-gent"):
            self.assertEqual(partners.filter(slug=slug).count(), 3, slug)
        writing = PracticePage.objects.get(
            slug="brussels-writing-workshop", locale__language_code="fr"
        )
        smes = PartnerPage.objects.get(slug="smes-b", locale__language_code="fr")
        self.assertEqual([link.partner for link in writing.partner_links.all()], [smes])
        self.assertIn(escape(writing.title), self.client.get(smes.url).content.decode())

    def test_the_exchange_day_in_ghent_names_the_partners_it_met(self):
        day = ExchangeDayPage.objects.get(slug="belevingsdag-gent")
        met = [link.partner.slug for link in day.partner_links.all()]
        self.assertEqual(met, ["ocmw-gent", "ghent-neighbourhood-work"])

    def test_page_links_in_e_mails_point_at_the_base_url(self):
        sheet = PracticePage.objects.live().first()
        self.assertTrue(sheet.full_url.startswith(f"{settings.WAGTAILADMIN_BASE_URL}/"))

    def test_running_it_again_changes_nothing(self):
        call_command("load_demo", verbosity=0)
        self.assertEqual(Page.objects.count(), self.page_count)
