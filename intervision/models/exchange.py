"""An exchange day: coaches visit another project to see its network and practices at work."""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.models import Orderable, Page

from intervision.pickers import ExchangeDayPageForm
from kb.partners.models import PartnerLink
from practices.models import PracticePage
from search.declaration import Document

from .index import MembersOnlyMixin


class ExchangeDayPage(MembersOnlyMixin, Page):
    host_project = models.ForeignKey(
        "taxonomy.Project",
        verbose_name=_("host project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exchange_days",
        help_text=_("The project that receives the visitors; its city follows."),
    )
    date = models.DateField(_("date"))
    visitors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("visitors"),
        blank=True,
        related_name="exchange_days",
    )
    other_visitors = models.CharField(
        _("other visitors"),
        max_length=255,
        blank=True,
        help_text=_("Teams or roles without an account, e.g. 'two housing coaches from Genk'."),
    )
    partners_met = models.TextField(_("partners met"), blank=True)
    learnings = models.TextField(_("learnings"), blank=True)
    transfer = models.TextField(_("what we could transfer"), blank=True)
    follow_ups = models.TextField(_("follow-ups"), blank=True)

    plan_panels = [
        TitleFieldPanel("title"),
        FieldRowPanel([FieldPanel("host_project"), FieldPanel("date")]),
        FieldPanel("visitors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("other_visitors"),
        InlinePanel("programme", heading=_("Programme"), label=_("Programme row")),
    ]
    outcome_panels = [
        MultipleChooserPanel(
            "partner_links", chooser_field_name="partner", label=_("Partners involved")
        ),
        FieldPanel("partners_met"),
        InlinePanel("practices_seen", heading=_("Practices seen"), label=_("Practice")),
        FieldPanel("learnings"),
        FieldPanel("transfer"),
        FieldPanel("follow_ups"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(plan_panels, heading=_("Programme")),
            ObjectList(outcome_panels, heading=_("Afterwards")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    base_form_class = ExchangeDayPageForm
    search_document = Document(
        type="exchange",
        body=("other_visitors", "partners_met", "learnings", "transfer"),
        event_date="date",
    )
    parent_page_types = ["intervision.IntervisionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exchange day")
        verbose_name_plural = _("exchange days")

    @classmethod
    def upcoming(cls, now):
        return cls.objects.live().filter(date__gte=timezone.localdate(now)).order_by("date")

    @classmethod
    def once_each(cls, days, locale):
        """Each of ``days`` once, whatever language it was planned in.

        Visitors of a day planned in French also read the site in Dutch: every
        listing shows every day, in ``locale`` when it is translated, else in its
        first published language (the template marks that language).
        """
        in_locale = cls.objects.live().filter(locale=locale).values("translation_key")
        earlier = cls.objects.live().filter(
            translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
        )
        return days.filter(
            Q(locale=locale) | (~Q(translation_key__in=in_locale) & ~Exists(earlier))
        )

    @property
    def city(self):
        return self.host_project.city if self.host_project_id else None


class ProgrammeRow(Orderable):
    day = ParentalKey(ExchangeDayPage, related_name="programme", on_delete=models.CASCADE)
    time = models.TimeField(_("time"), null=True, blank=True)
    activity = models.CharField(_("activity"), max_length=255)
    place = models.CharField(_("place"), max_length=255, blank=True)
    partner = models.CharField(_("partner"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("time"), FieldPanel("activity")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("partner")]),
    ]


class ExchangeDayPractice(Orderable):
    day = ParentalKey(ExchangeDayPage, related_name="practices_seen", on_delete=models.CASCADE)
    practice = models.ForeignKey(
        PracticePage,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="exchange_day_visits",
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldPanel("practice"), FieldPanel("note")]


class ExchangeDayPartner(PartnerLink):
    """A partner organisation met on the day; the partner's page lists the day to members."""

    day = ParentalKey(ExchangeDayPage, related_name="partner_links", on_delete=models.CASCADE)
