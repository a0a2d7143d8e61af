"""The city pages in the sitemap, in each language of the site."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils.translation import override

from kb.taxonomy.models import City


class CitySitemap(Sitemap):
    def items(self):
        slugs = list(City.objects.values_list("slug", flat=True))
        return [(code, slug) for code, _name in settings.LANGUAGES for slug in slugs]

    def location(self, item):
        language, slug = item
        with override(language):
            return reverse("partners:city", kwargs={"slug": slug})
