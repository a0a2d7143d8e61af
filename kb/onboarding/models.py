"""The onboarding path: ordered steps a new hire works through to learn the role.

The role has no manual and no settled routine, so the path points at what the
knowledge base already holds (glossary, practice sheets, the two organisational
models, intervision, exchange days) and says why each step matters.

Each step carries a stable ``key`` that is copied with the page when it is
translated. Progress is stored against the path's ``translation_key`` and that
step key, so ticking a step in one language counts in every language, and
reordering or rewording steps never loses what a new hire has done.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kb.glossary.models import GlossaryTerm


class StepKind(models.TextChoices):
    GLOSSARY = "glossary", _("Read a glossary entry")
    PRACTICE = "practice", _("Read a practice sheet")
    MODELS = "models", _("Read about the two organisational models")
    INTERVISION = "intervision", _("Attend or read an anonymised intervision session")
    EXCHANGE = "exchange", _("Visit an exchange day")
    NETWORK = "network", _("Discover your city's network")
    OTHER = "other", _("Other")


class OnboardingPathPage(Page):
    """One path per language, linked to its translations like any page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("steps", heading=_("Steps"), label=_("step"), min_num=1),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("onboarding path")
        verbose_name_plural = _("onboarding paths")

    def get_context(self, request, *args, **kwargs):
        from .progress import progress_for, steps_for_display

        context = super().get_context(request, *args, **kwargs)
        progress = progress_for(request.user, self)
        context["progress"] = progress
        context["steps"] = steps_for_display(self, progress, request)
        return context


class OnboardingStep(Orderable):
    """One thing to read, attend or visit, with the reason it matters."""

    path = ParentalKey(OnboardingPathPage, related_name="steps", on_delete=models.CASCADE)
    key = models.UUIDField(_("stable key"), default=uuid.uuid4, editable=False)
    kind = models.CharField(
        _("kind of step"), max_length=20, choices=StepKind.choices, default=StepKind.OTHER
    )
    title = models.CharField(_("title"), max_length=200)
    why = models.TextField(
        _("why this step"),
        max_length=600,
        help_text=_("One or two sentences: what a new hire gains from this step."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page to read or visit, if there is one."),
    )
    glossary_term = models.ForeignKey(
        GlossaryTerm,
        verbose_name=_("glossary term"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The glossary entry to read, if there is one."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("why"),
        FieldPanel("page"),
        FieldPanel("glossary_term"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("onboarding step")
        verbose_name_plural = _("onboarding steps")

    def __str__(self):
        return self.title


class StepProgress(models.Model):
    """A step a user has ticked off, valid for every translation of the path."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="onboarding_progress",
    )
    path_key = models.UUIDField(_("path translation key"), db_index=True)
    step_key = models.UUIDField(_("step key"))
    done_at = models.DateTimeField(_("done at"), default=timezone.now)

    class Meta:
        verbose_name = _("onboarding progress")
        verbose_name_plural = _("onboarding progress")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "path_key", "step_key"], name="onboarding_progress_once_per_step"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.step_key}"
