"""The intervision section of a site: the entry page under which sessions and visits live."""

from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class MembersOnlyMixin:
    """Marks a page type whose content only logged-in members may read.

    The intervision index carries a login view restriction that its children
    inherit (so public querysets, search and sitemaps leave them out); a
    ``before_serve_page`` hook sends anonymous visitors to the site's login page
    even if that restriction is ever removed by hand.
    """

    members_only = True

    def serve(self, request, *args, **kwargs):
        """Members' pages are never kept by a browser or a shared cache."""
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    def get_sitemap_urls(self, request=None):
        return []


class IntervisionIndexPage(MembersOnlyMixin, Page):
    """Upcoming and past sessions and exchange days of one language, filterable."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["intervision.IntervisionSessionPage", "intervision.ExchangeDayPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("intervision index")

    def get_context(self, request, *args, **kwargs):
        from intervision.listing import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context
