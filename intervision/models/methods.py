"""The method catalogue, kept in the database so facilitators can adapt it and add to it.

A method is one row with its name and purpose in nl, fr and en (as taxonomy terms
are), the roles it needs and its ordered steps. Sessions refer to a method by its
slug and copy its steps when it is chosen, so editing a method never rewrites a
past session.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from intervision.roles import role_choices
from kb.taxonomy.translated import localized


def three_languages(field):
    return FieldRowPanel([FieldPanel(f"{field}_{code}") for code in ("nl", "fr", "en")])


class Method(ClusterableModel):
    slug = models.SlugField(
        _("slug"),
        max_length=40,
        unique=True,
        help_text=_("Stable identifier kept by the sessions that chose this method."),
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    purpose_nl = models.TextField(_("when to use it (Dutch)"))
    purpose_fr = models.TextField(_("when to use it (French)"))
    purpose_en = models.TextField(_("when to use it (English)"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        three_languages("name"),
        MultiFieldPanel(
            [FieldPanel("purpose_nl"), FieldPanel("purpose_fr"), FieldPanel("purpose_en")],
            heading=_("When to use it"),
        ),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]),
        InlinePanel("roles", heading=_("Roles"), label=_("Role")),
        InlinePanel("steps", heading=_("Steps"), label=_("Step"), min_num=1),
    ]

    class Meta:
        verbose_name = _("intervision method")
        verbose_name_plural = _("intervision methods")
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return localized(self, "name")


class MethodRole(Orderable):
    method = ParentalKey(Method, related_name="roles", on_delete=models.CASCADE)
    role = models.CharField(_("role"), max_length=40, choices=role_choices())

    panels = [FieldPanel("role")]


class MethodStep(Orderable):
    method = ParentalKey(Method, related_name="steps", on_delete=models.CASCADE)
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_fr = models.CharField(_("title (French)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    rule_nl = models.CharField(_("rule (Dutch)"), max_length=400)
    rule_fr = models.CharField(_("rule (French)"), max_length=400)
    rule_en = models.CharField(_("rule (English)"), max_length=400)
    role = models.CharField(_("led by"), max_length=40, choices=role_choices())
    minutes = models.PositiveSmallIntegerField(_("planned minutes"), default=10)

    panels = [
        three_languages("title"),
        three_languages("rule"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("minutes")]),
    ]
