"""Partner organisations: the network of a city that opens its doors to tenants.

A partner is a page, not a snippet: it is read by anyone on its own public
address, it is written in nl, fr and en and linked across them like every page,
it goes through drafts, revisions and publication, and search indexes it as a
document of its own. Partners are organisations, never people: every text field
goes through the privacy check of practice sheets.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from search.browse import browse
from search.declaration import Document

from .forms import PartnerPageForm


class PartnerIndexPage(Page):
    """The partners of one language, browsable by kind, city and region."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(browse(request, PartnerPage.search_document.type))
        return context


class PartnerPage(Page):
    """An organisation beyond the homelessness sector that tenants can join."""

    kind = models.ForeignKey(
        "taxonomy.PartnerKind",
        verbose_name=_("kind"),
        on_delete=models.PROTECT,
        related_name="partners",
    )
    city = models.ForeignKey(
        "taxonomy.City",
        verbose_name=_("city"),
        on_delete=models.PROTECT,
        related_name="partners",
    )
    address = models.CharField(
        _("public address"),
        max_length=255,
        blank=True,
        help_text=_("The organisation's public address, as on its website or front door."),
    )
    website = models.URLField(_("website"), blank=True)
    languages = models.CharField(
        _("languages spoken"),
        max_length=255,
        blank=True,
        help_text=_("The languages in which tenants are welcomed, e.g. French, Dutch, Arabic."),
    )
    offer = models.TextField(
        _("what they offer tenants"),
        help_text=_("Two or three sentences: activities, services, a place to be."),
    )
    thresholds = models.TextField(
        _("thresholds and how they were crossed"),
        blank=True,
        help_text=_(
            "What kept tenants out at first (cost, forms, prejudice, fear) and what opened the "
            "door."
        ),
    )
    how_to_start = models.TextField(
        _("how to start"),
        blank=True,
        help_text=_(
            "Whom to ask, as a professional role or a team (e.g. 'the reception desk'), never a "
            "private person's name or details."
        ),
    )
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last made sure this entry is still right."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("city")]),
        FieldPanel("offer"),
        FieldPanel("thresholds"),
        FieldPanel("how_to_start"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("website"),
                FieldPanel("languages"),
                FieldPanel("last_checked"),
            ],
            heading=_("Practical details"),
        ),
        FieldPanel("privacy_confirmed"),
    ]
    base_form_class = PartnerPageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("offer"),
        index.SearchField("thresholds"),
        index.FilterField("city"),
        index.FilterField("kind"),
    ]
    search_document = Document(
        type="partner",
        summary=("offer",),
        body=("thresholds", "how_to_start", "languages", "address"),
    )
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def get_context(self, request, *args, **kwargs):
        from .involvement import involving

        context = super().get_context(request, *args, **kwargs)
        context["involvements"] = involving(self, request) if self.pk else []
        return context

    @property
    def region(self):
        return self.city.region


class PartnerLink(Orderable):
    """A row of the partners a page names (a sheet, an exchange day), picked with a chooser.

    Each naming page type subclasses it with its ``ParentalKey``; the partner's
    page finds the rows through ``involvement``.
    """

    partner = models.ForeignKey(
        PartnerPage, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True
