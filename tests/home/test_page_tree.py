"""Where each page type may live, so editors cannot build a tree the site cannot show."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from kb.glossary.models import GlossaryPage
from kb.home.models import HomePage, StandardPage
from practices.models import PracticeIndexPage, PracticePage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_practice_sheets_live_only_under_a_practice_index(self):
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(PracticePage, set())
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage})

    def test_sections_hang_under_the_home_page(self):
        self.assertAllowedParentPageTypes(PracticeIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(GlossaryPage, {HomePage})
        self.assertAllowedSubpageTypes(GlossaryPage, set())

    def test_home_pages_sit_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_one_practice_index_per_home(self):
        self.assertEqual(PracticeIndexPage.max_count_per_parent, 1)
        self.assertEqual(GlossaryPage.max_count_per_parent, 1)
