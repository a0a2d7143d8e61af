"""A coach fills in a practice sheet in the admin and finds it published."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kb.taxonomy.models import LifeDomain, SettlingPhase
from practices.models import PracticeIndexPage, PracticePage
from tests import factories


class CreatePracticeSheetTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_site()
        cls.index = factories.make_practice_index(cls.home)
        cls.project = factories.make_project()
        cls.admin = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "a-long-enough-password"
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def form_data(self, life_domains=None):
        """The add form as the browser posts it: nested blocks flattened, checkboxes repeated."""
        if life_domains is None:
            life_domains = [LifeDomain.objects.get(slug="socio-cultural-participation").pk]
        data = nested_form_data(
            {
                "title": "Guitar lessons given by a tenant",
                "slug": "guitar-lessons",
                "summary": "A tenant teaches guitar to other tenants once a week.",
                "goal": "Peer training that gives the teacher a role.",
                "project": self.project.pk,
                "status": "running",
                "maturity": "repeated",
                "tags": "music, peer-training",
                "body": streamfield(
                    [
                        ("context", rich_text("<p>Started in a community room.</p>")),
                        (
                            "testimony",
                            {
                                "quote": "I teach, so I stay sober the evening before.",
                                "role": "tenant",
                                "city": "Namur",
                            },
                        ),
                    ]
                ),
                "related_practices": inline_formset([]),
                "partner_links": inline_formset([]),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        )
        data["life_domains"] = life_domains
        data["settling_phases"] = [SettlingPhase.objects.get(slug="anchoring").pk]
        return data

    def test_publishing_a_new_sheet_from_the_admin(self):
        url = reverse("wagtailadmin_pages:add", args=("practices", "practicepage", self.index.pk))
        response = self.client.post(url, self.form_data())

        self.assertEqual(response.status_code, HTTPStatus.FOUND, response.content[:2000])
        sheet = PracticePage.objects.get(slug="guitar-lessons")
        self.assertTrue(sheet.live)
        self.assertEqual(sheet.city.slug, "namur")
        self.assertEqual(
            list(sheet.life_domains.values_list("slug", flat=True)),
            ["socio-cultural-participation"],
        )
        self.assertEqual(sorted(sheet.tags.names()), ["music", "peer-training"])
        page = self.client.get(sheet.url)
        self.assertContains(page, "I teach, so I stay sober the evening before.")

    def test_a_sheet_without_life_domain_is_refused_with_a_message(self):
        url = reverse("wagtailadmin_pages:add", args=("practices", "practicepage", self.index.pk))
        response = self.client.post(url, self.form_data(life_domains=[]))

        self.assertEqual(response.status_code, HTTPStatus.OK)
        self.assertFalse(PracticePage.objects.filter(slug="guitar-lessons").exists())
        self.assertContains(response, "This field is required")

    def test_only_practice_sheets_can_be_added_under_the_index(self):
        self.assertCanCreateAt(PracticeIndexPage, PracticePage)
