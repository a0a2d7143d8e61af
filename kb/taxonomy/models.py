"""The shared classification of the corpus.

Controlled vocabularies are small models with a stable ASCII slug (used in URLs,
facets and the search index) and a name in each working language. Free keywords
are django-taggit tags in a project tag model, apart from image and document tags.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from .translated import localized


class Term(index.Indexed, models.Model):
    """A term of a controlled vocabulary, named in nl, fr and en."""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Stable, lowercase ASCII identifier used in web addresses and search filters."),
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("name_nl"), FieldPanel("name_fr"), FieldPanel("name_en")]),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name_nl"),
        index.SearchField("name_fr"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_nl"),
        index.AutocompleteField("name_fr"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return localized(self, "name")


class Region(Term):
    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class City(Term):
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="cities"
    )

    panels = [*Term.panels, FieldPanel("region")]

    class Meta(Term.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")


class OrganisationalModel(Term):
    """Complementarity (coach inside the housing team) or partnership (own team)."""

    class Meta(Term.Meta):
        verbose_name = _("organisational model")
        verbose_name_plural = _("organisational models")


class Project(Term):
    """A reanchoring project, carried by one or more organisations in one city."""

    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="projects"
    )
    organisation = models.CharField(_("carrying organisation(s)"), max_length=255)
    model = models.ForeignKey(
        OrganisationalModel,
        verbose_name=_("organisational model"),
        on_delete=models.PROTECT,
        related_name="projects",
    )
    setup_nl = models.TextField(_("set-up (Dutch)"), blank=True)
    setup_fr = models.TextField(_("set-up (French)"), blank=True)
    setup_en = models.TextField(_("set-up (English)"), blank=True)

    panels = [
        *Term.panels,
        FieldPanel("city"),
        FieldPanel("organisation"),
        FieldPanel("model"),
        FieldPanel("setup_nl"),
        FieldPanel("setup_fr"),
        FieldPanel("setup_en"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @property
    def setup(self):
        return localized(self, "setup")


class LifeDomain(Term):
    class Meta(Term.Meta):
        verbose_name = _("life domain")
        verbose_name_plural = _("life domains")


class ActionLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("action level")
        verbose_name_plural = _("action levels")


class Target(Term):
    class Meta(Term.Meta):
        verbose_name = _("target of the action")
        verbose_name_plural = _("targets of the action")


class ApproachLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("level of approach")
        verbose_name_plural = _("levels of approach")


class EmpowermentDimension(Term):
    class Meta(Term.Meta):
        verbose_name = _("empowerment dimension")
        verbose_name_plural = _("empowerment dimensions")


class SettlingPhase(Term):
    """Maurin's four phases of settling into a home."""

    class Meta(Term.Meta):
        verbose_name = _("settling phase")
        verbose_name_plural = _("settling phases")


class PartnerKind(Term):
    """What a partner organisation does for tenants: culture, sport, social services, ..."""

    class Meta(Term.Meta):
        verbose_name = _("kind of partner")
        verbose_name_plural = _("kinds of partner")


class Tag(TagBase):
    """Free keyword of the knowledge base, kept apart from image and document tags.

    Like a term, one tag has a name in each working language, so a reader sees it
    in their own; the slug stays the one value of the ``tag`` filter. A tag typed
    in the editor starts with its keyword only and is shown as typed until named.
    """

    name_nl = models.CharField(_("name (Dutch)"), max_length=100, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=100, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.label

    @property
    def label(self):
        return localized(self, "name") or self.name
