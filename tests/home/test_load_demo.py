"""The demo corpus: what a newcomer sees after `make run`, built the same way twice."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models import Count, Min, Q
from django.test import TestCase

from wagtail.models import Page

from intervision.models import ExchangeDayPage, IntervisionSessionPage
from kb.glossary.models import GlossaryTerm
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
        self.assertGreaterEqual(sessions.values("method").distinct().count(), 4)
        with_points = [s for s in sessions if s.action_points.exists()]
        self.assertGreaterEqual(len(with_points), 4)
        self.assertGreaterEqual(
            ExchangeDayPage.objects.values("translation_key").distinct().count(), 2
        )

    def test_glossary_and_roles(self):
        self.assertGreaterEqual(GlossaryTerm.objects.count(), 10)
        for name in ("Coach", "Reviewer", "Facilitator", "New hire", "Administrator"):
            self.assertTrue(Group.objects.filter(name=name, user__isnull=False).exists(), name)

    def test_running_it_again_changes_nothing(self):
        call_command("load_demo", verbosity=0)
        self.assertEqual(Page.objects.count(), self.page_count)


class DemoSearchAcceptanceTest(TestCase):
    """The queries a coach types on the demo corpus, answered as the issue promises."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", verbosity=0)

    def search(self, url):
        response = self.client.get(url, HTTP_CACHE_CONTROL="no-cache")
        self.assertEqual(response.status_code, 200)
        return response.json()

    def keys_of(self, results):
        """Translation keys of the practice hits, whatever language each is shown in."""
        keys = []
        for hit in results:
            page = PracticePage.objects.filter(url_path__endswith=_path_tail(hit["url"])).first()
            keys.append(page.translation_key if page else None)
        return keys

    def key(self, slug):
        return PracticePage.objects.filter(slug=slug).first().translation_key

    def test_guitare_finds_the_namur_guitar_workshop_first(self):
        data = self.search("/search/?q=guitare&format=json")
        self.assertEqual(self.keys_of(data["results"][:1]), [self.key("namur-guitar-workshop")])

    def test_gitaar_in_dutch_bridges_to_the_french_sheet(self):
        self.assertFalse(
            PracticePage.objects.filter(slug="namur-guitar-workshop", locale__language_code="nl")
        )
        data = self.search("/nl/search/?q=gitaar&format=json")
        self.assertEqual(self.keys_of(data["results"][:1]), [self.key("namur-guitar-workshop")])

    def test_atelier_d_ecriture_finds_the_brussels_writing_workshop_first(self):
        data = self.search("/fr/search/?q=atelier%20d%27%C3%A9criture&format=json")
        self.assertEqual(self.keys_of(data["results"][:1]), [self.key("brussels-writing-workshop")])

    def test_mobiliteit_finds_every_mobility_practice_in_any_language(self):
        expected = set(
            PracticePage.objects.live()
            .filter(life_domains__slug="mobility")
            .values_list("translation_key", flat=True)
        )
        data = self.search("/search/?q=mobiliteit&type=practice&format=json")
        self.assertEqual(set(self.keys_of(data["results"])), expected)

    def test_domain_and_model_filters_combine_with_counts_made_by_hand(self):
        data = self.search(
            "/search/?domain=socio-cultural-participation&model=partnership&format=json"
        )
        matching = (
            PracticePage.objects.live()
            .filter(life_domains__slug="socio-cultural-participation")
            .filter(
                Q(model__slug="partnership")
                | Q(model__isnull=True, project__model__slug="partnership")
            )
        )
        expected_keys = set(matching.values_list("translation_key", flat=True))
        self.assertEqual(data["total"], len(expected_keys))
        self.assertEqual(set(self.keys_of(data["results"])), expected_keys)
        by_city = {}
        for key in expected_keys:
            city = matching.filter(translation_key=key).first().city.slug
            by_city[city] = by_city.get(city, 0) + 1
        counted = {b["value"]: b["count"] for b in data["facets"]["city"] if b["count"]}
        self.assertEqual(counted, by_city)

    def test_hostile_input_answers_with_a_page_not_an_error(self):
        response = self.client.get("/search/?q=%22%5B(&city=nowhere&page=abc")
        self.assertEqual(response.status_code, 200)


def _path_tail(url):
    """The page's own slug as it ends a URL path; demo sheets keep one slug in every language."""
    return "/" + [part for part in url.split("/") if part][-1] + "/"
