"""After `make run`, the map shows partners in each of the eight cities of the demo."""

from django.core.management import call_command
from django.test import TestCase

from kb.partners.cities import cities_on_map


class DemoMapTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", verbosity=0)

    def test_every_city_of_the_demo_is_drawn_with_partners_in_every_language(self):
        for language in ("nl", "fr", "en"):
            cities = cities_on_map(language)
            self.assertEqual(len(cities), 8)
            for city in cities:
                self.assertIsNotNone(city.x, f"{city.slug} is not drawn")
                self.assertGreater(city.partners, 0, f"{city.slug} has no partner in {language}")
