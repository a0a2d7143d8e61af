"""Practice sheets: how a reanchoring practice works, written so others can start it.

A sheet describes a practice, never a person. Its classification (project, life
domains, levels, phases, ...) points at the shared taxonomy, so translations of
a sheet keep the same facets and search finds it by any of them.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kb.partners.models import PartnerLink
from kb.taxonomy.models import Project, Tag
from kb.taxonomy.tags import TagNamesWidget
from search.browse import browse
from search.declaration import Document

from . import anonymisation
from .blocks import PracticeBodyBlock, empty_sections
from .forms import PracticePageForm


class PracticeIndexPage(Page):
    """The entry to all practice sheets of one language, browsable by facet."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice index")

    def get_context(self, request, *args, **kwargs):
        """The sheets, browsable by the search facets without typing anything."""
        context = super().get_context(request, *args, **kwargs)
        context.update(browse(request, PracticePage.search_document.type))
        return context

    def route(self, request, path_components):
        """A sheet is found with one query, as every child of the index is a practice sheet."""
        if not path_components:
            return super().route(request, path_components)
        try:
            sheet = (
                PracticePage.objects.child_of(self)
                .select_related(*PracticePage.route_select_related)
                .get(slug=path_components[0])
            )
        except PracticePage.DoesNotExist as error:
            raise Http404 from error
        sheet._cached_parent_obj = self
        return sheet.route(request, path_components[1:])


class TaggedPractice(ItemBase):
    tag = models.ForeignKey(
        "taxonomy.Tag", related_name="tagged_practices", on_delete=models.CASCADE
    )
    content_object = ParentalKey(
        "practices.PracticePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class PracticeStatus(models.TextChoices):
    IDEA = "idea", _("Idea")
    TRIED_ONCE = "tried-once", _("Tried once")
    RUNNING = "running", _("Running")
    SELF_MANAGED = "self-managed", _("Self-managed by participants")
    ENDED = "ended", _("Ended")


class Maturity(models.TextChoices):
    DESCRIBED = "described", _("Described")
    REPEATED = "repeated", _("Repeated")
    EVALUATED = "evaluated", _("Evaluated")


class PracticePage(Page):
    """A practice sheet."""

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences: what happens, with whom, and what it brings."),
    )
    goal = models.TextField(_("goal"), blank=True, help_text=_("What the practice aims for."))
    target_group = models.TextField(
        _("target group"),
        blank=True,
        help_text=_("Who it is for, described as a group. Never name or describe one person."),
    )
    preconditions = models.TextField(
        _("preconditions"), blank=True, help_text=_("What must be in place before starting.")
    )
    transferability = models.TextField(
        _("transferability"),
        blank=True,
        help_text=_("What another team needs to know to start it in their city."),
    )
    body = StreamField(
        PracticeBodyBlock(), blank=True, default=empty_sections, verbose_name=_("sheet")
    )

    # Nullable so that a draft can be saved before it is classified; the form asks for it
    # when the sheet is submitted or published.
    project = models.ForeignKey(
        "taxonomy.Project",
        verbose_name=_("project"),
        on_delete=models.PROTECT,
        related_name="practices",
        null=True,
        help_text=_("The city and region follow from the project."),
    )
    model = models.ForeignKey(
        "taxonomy.OrganisationalModel",
        verbose_name=_("organisational model"),
        on_delete=models.PROTECT,
        related_name="practices",
        null=True,
        blank=True,
        help_text=_("Leave empty to use the project's model."),
    )
    life_domains = ParentalManyToManyField(
        "taxonomy.LifeDomain", verbose_name=_("life domains"), related_name="practices"
    )
    action_levels = ParentalManyToManyField(
        "taxonomy.ActionLevel",
        verbose_name=_("action levels"),
        blank=True,
        related_name="practices",
    )
    targets = ParentalManyToManyField(
        "taxonomy.Target", verbose_name=_("targets"), blank=True, related_name="practices"
    )
    approach_levels = ParentalManyToManyField(
        "taxonomy.ApproachLevel",
        verbose_name=_("levels of approach"),
        blank=True,
        related_name="practices",
    )
    empowerment_dimensions = ParentalManyToManyField(
        "taxonomy.EmpowermentDimension",
        verbose_name=_("empowerment dimensions"),
        blank=True,
        related_name="practices",
    )
    settling_phases = ParentalManyToManyField(
        "taxonomy.SettlingPhase",
        verbose_name=_("settling phases"),
        blank=True,
        related_name="practices",
    )
    tags = ClusterTaggableManager(through=TaggedPractice, blank=True, verbose_name=_("tags"))

    started = models.DateField(_("started"), null=True, blank=True)
    ended = models.DateField(_("ended"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=PracticeStatus.choices, default=PracticeStatus.RUNNING
    )
    maturity = models.CharField(
        _("maturity"), max_length=20, choices=Maturity.choices, default=Maturity.DESCRIBED
    )
    adapted_from = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("adapted from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        help_text=_("The practice of another city this one was inspired by."),
    )
    authors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("authors"),
        blank=True,
        related_name="authored_practices",
    )
    contact = models.CharField(
        _("contact"),
        max_length=255,
        blank=True,
        help_text=_("A professional contact: a team, a role or a work e-mail address."),
    )
    # False for a sheet drafted from intervision notes, until its author ticks it.
    anonymised = models.BooleanField(
        _("Anonymised: no one from the session can be recognised"),
        default=True,
        help_text=_(
            "This sheet was drafted from intervision notes: until you tick this, only the "
            "session's group sees it and it cannot be submitted for review. Tick it once no "
            "tenant, colleague or detail of the session can be recognised."
        ),
    )

    content_panels = [
        FieldPanel("anonymised"),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("goal"),
        FieldPanel("target_group"),
        FieldPanel("body"),
        FieldPanel("preconditions"),
        FieldPanel("transferability"),
        FieldPanel("privacy_confirmed"),
    ]
    classification_panels = [
        FieldRowPanel([FieldPanel("project"), FieldPanel("model")]),
        FieldPanel("life_domains", widget=forms.CheckboxSelectMultiple, required_on_save=False),
        FieldPanel("action_levels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("targets", widget=forms.CheckboxSelectMultiple),
        FieldPanel("approach_levels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("empowerment_dimensions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("settling_phases", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags", widget=TagNamesWidget(tag_model=Tag)),
    ]
    status_panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("maturity")]),
        FieldRowPanel([FieldPanel("started"), FieldPanel("ended")]),
        FieldPanel("adapted_from"),
        MultipleChooserPanel(
            "related_practices", chooser_field_name="practice", label=_("Related practices")
        ),
        MultipleChooserPanel(
            "partner_links", chooser_field_name="partner", label=_("Partners involved")
        ),
        MultiFieldPanel(
            [FieldPanel("authors", widget=forms.CheckboxSelectMultiple), FieldPanel("contact")],
            heading=_("Authors and contact"),
        ),
    ]
    base_form_class = PracticePageForm
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Sheet")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(status_panels, heading=_("Status and links")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("project"),
    ]
    search_document = Document(
        type="practice",
        body=("goal", "target_group", "body", "preconditions", "transferability"),
    )
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    #: What the facts box shows of other rows, read with the sheet when it is routed.
    route_select_related = ("locale", "project__city__region", "project__model")

    class Meta:
        verbose_name = _("practice sheet")
        verbose_name_plural = _("practice sheets")

    def permissions_for_user(self, user):
        """A sheet awaiting anonymisation is only for the session's people (``anonymisation``)."""
        return anonymisation.permissions(user, self)

    def clean(self):
        super().clean()
        if self.started and self.ended and self.ended < self.started:
            raise ValidationError({"ended": _("The end date must come after the start date.")})

    def get_context(self, request, *args, **kwargs):
        """The sheet with what its facts box and cards show, each read in one query.

        The lists are lazy: a facts box or related block kept in the cache reads none.
        """
        context = super().get_context(request, *args, **kwargs)
        if self.project_id and not PracticePage.project.is_cached(self):  # not routed: a preview
            self.project = Project.objects.select_related("city__region", "model").get(
                pk=self.project_id
            )
        context["adapted_from"] = (
            PracticePage.objects.live()
            .select_related("project__city")
            .filter(pk=self.adapted_from_id)
            if self.adapted_from_id
            else []
        )
        # A new sheet's preview has no adaptations yet (nor the primary key to look for them).
        context["adaptations"] = (
            self.adaptations.live().select_related("project__city") if self.pk else []
        )
        context["linked_practices"] = self.related_practices.select_related(
            "practice__project__city", "practice__locale"
        ).prefetch_related("practice__life_domains")
        return context

    @property
    def effective_model(self):
        """The organisational model of the sheet, or else of its project."""
        if self.model_id:
            return self.model
        return self.project.model if self.project_id else None

    @property
    def city(self):
        return self.project.city if self.project_id else None

    @property
    def region(self):
        return self.project.city.region if self.project_id else None


class RelatedPractice(Orderable):
    page = ParentalKey(PracticePage, related_name="related_practices", on_delete=models.CASCADE)
    practice = models.ForeignKey(
        PracticePage,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("practice")]


class PracticePartner(PartnerLink):
    """A partner organisation the practice involved; the partner's page lists the sheet."""

    page = ParentalKey(PracticePage, related_name="partner_links", on_delete=models.CASCADE)
