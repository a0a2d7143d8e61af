"""The sitemap lists every language version of the site, and only what anyone may read."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        # public() drops pages behind a view restriction, such as intervision sessions.
        return (
            Page.objects.live()
            .public()
            .filter(under_a_root)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
