"""An intervision session: a case, a method run step by step, and what came out of it.

Everything here is confidential to logged-in members. Steps and roles are rows
of the session (copied from the method catalogue, then editable), so a method
can evolve without rewriting past sessions.
"""

from datetime import timedelta
from functools import cached_property

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields import BLANK_CHOICE_DASH
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.models import Orderable, Page

from intervision.audience import audience_of
from intervision.methods import get_method, method_choices, method_label
from intervision.roles import role_choices, role_label
from intervision.session_form import SessionForm
from practices.models import PracticePage
from search.declaration import Document

from .index import MembersOnlyMixin


def method_choices_or_none():
    return [*BLANK_CHOICE_DASH, *method_choices()]


class IntervisionSessionPage(MembersOnlyMixin, Page):
    group = models.ForeignKey(
        "intervision.IntervisionGroup",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    start = models.DateTimeField(_("start"))
    slot_minutes = models.PositiveSmallIntegerField(
        _("slot length (minutes)"),
        default=120,
        help_text=_("The time the group has; the planned steps are compared with it."),
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    online = models.BooleanField(_("online"), default=False)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="facilitated_sessions",
    )
    participants = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participants"),
        blank=True,
        related_name="intervision_sessions",
    )
    method_slug = models.CharField(
        _("method"),
        max_length=40,
        blank=True,
        help_text=_(
            "On save, a session without steps receives the steps, rules, times and roles of "
            "this method; adapt them afterwards as you like."
        ),
    )
    case_question = models.TextField(
        _("case question"),
        blank=True,
        help_text=_("The question the case bringer asks the group. Never name a tenant."),
    )
    case_summary = models.TextField(
        _("case summary"),
        blank=True,
        help_text=_(
            "The situation in a few sentences, without any detail that identifies a person."
        ),
    )
    case_project = models.ForeignKey(
        "taxonomy.Project",
        verbose_name=_("case project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intervision_sessions",
    )
    life_domains = ParentalManyToManyField(
        "taxonomy.LifeDomain",
        verbose_name=_("life domains"),
        blank=True,
        related_name="intervision_sessions",
    )
    insights = models.TextField(_("insights"), blank=True)
    draft_practice = models.ForeignKey(
        PracticePage,
        verbose_name=_("practice sheet drafted from this case"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="drafted_from_sessions",
    )

    session_panels = [
        TitleFieldPanel("title"),
        FieldPanel("group"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("slot_minutes")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("online")]),
        FieldPanel("facilitator"),
        FieldPanel("participants", widget=forms.CheckboxSelectMultiple),
        # The methods are snippets: the choices are read when the form is built.
        FieldPanel("method_slug", widget=forms.Select(choices=method_choices_or_none)),
    ]
    case_panels = [
        FieldPanel("case_question"),
        FieldPanel("case_summary"),
        FieldPanel("case_project"),
        FieldPanel("life_domains", widget=forms.CheckboxSelectMultiple),
    ]
    run_panels = [
        InlinePanel("steps", heading=_("Steps"), label=_("Step")),
        InlinePanel("roles", heading=_("Roles"), label=_("Role")),
    ]
    outcome_panels = [
        InlinePanel("practices_discussed", heading=_("Practices discussed"), label=_("Practice")),
        FieldPanel("insights"),
        InlinePanel("takeaways", heading=_("Takeaways per participant"), label=_("Takeaway")),
        MultiFieldPanel(
            [InlinePanel("action_points", label=_("Action point"))],
            heading=_("Action points"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(session_panels, heading=_("Session")),
            ObjectList(case_panels, heading=_("Case")),
            ObjectList(run_panels, heading=_("Steps and roles")),
            ObjectList(outcome_panels, heading=_("Outcomes")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            # No comment threads: Wagtail mails them to every subscriber, member or not.
            ObjectList([PublishingPanel()], heading=_("Settings")),
        ]
    )

    base_form_class = SessionForm
    search_document = Document(
        type="intervision", event_date="start", confidential=True, labels=("method_slug",)
    )
    parent_page_types = ["intervision.IntervisionIndexPage"]
    subpage_types = []

    # What the retention rule (``intervision.retention``) takes off an old session: its
    # free-text fields, the text fields of its rows, and the rows that are nothing but notes.
    note_fields = ("case_summary", "insights")
    row_note_fields = {"steps": ("notes",), "roles": ("note",), "practices_discussed": ("note",)}
    note_rows = ("takeaways",)

    class Meta:
        verbose_name = _("intervision session")
        verbose_name_plural = _("intervision sessions")

    @classmethod
    def upcoming(cls, now):
        return cls.objects.live().filter(start__gte=now).order_by("start")

    def search_audience(self):
        """Who may find this session in search: the keys of ``intervision.audience``."""
        return audience_of(self)

    def permissions_for_user(self, user):
        """The admin asks the access policy: only those who facilitate a session act on it."""
        from intervision.admin_access import session_permissions

        return session_permissions(self, user)

    def get_context(self, request, *args, **kwargs):
        from intervision.access import can_facilitate, follow_up_for, may_draft_practice

        context = super().get_context(request, *args, **kwargs)
        context["follow_up"] = follow_up_for(request.user, self)
        context["can_facilitate"] = can_facilitate(request.user, self)
        context["may_draft_practice"] = may_draft_practice(request.user, self)
        return context

    def save_revision(self, *args, **kwargs):
        """A draft gets the method's steps too, as the help text promises "on save".

        The admin saves drafts without running ``clean()``, so the steps are
        filled here as well, before the revision's content is written.
        """
        if not self.steps.all():
            self.prefill_from_method()
        return super().save_revision(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.slot_minutes == 0:
            raise ValidationError({"slot_minutes": _("A session needs some time.")})
        if self.method_slug and get_method(self.method_slug) is None:
            raise ValidationError({"method_slug": _("There is no method with this identifier.")})
        if not self.steps.all():
            self.prefill_from_method()

    def prefill_from_method(self):
        """Copy the chosen method's steps and roles in; roles already filled are kept."""
        language = self.locale.language_code if self.locale_id else settings.LANGUAGE_CODE
        method = get_method(self.method_slug, language)
        if method is None:
            return False
        # Rows carry their position: the editor saves only the rows a writer changed, and
        # a changed row among unnumbered ones would move to the end of the list.
        self.steps = [
            SessionStep(
                sort_order=position,
                title=step.title,
                rule=step.rule,
                role=step.role,
                planned_minutes=step.minutes,
            )
            for position, step in enumerate(method.steps)
        ]
        if not self.roles.all():
            self.roles = [
                SessionRole(sort_order=position, role=role)
                for position, role in enumerate(method.roles)
            ]
        return True

    @property
    def method_name(self):
        return method_label(self.method_slug)

    @cached_property
    def method_entry(self):
        """The chosen method in the active language; read once per page shown."""
        return get_method(self.method_slug)

    @property
    def planned_minutes(self):
        return sum(step.planned_minutes or 0 for step in self.steps.all())

    @property
    def over_slot(self):
        return self.planned_minutes > self.slot_minutes

    @property
    def end(self):
        return self.start + timedelta(minutes=self.slot_minutes)

    @property
    def city(self):
        return self.case_project.city if self.case_project_id else None

    def earlier_in_group(self):
        """Sessions of the same group that started before this one, newest first."""
        if not self.group_id:
            return IntervisionSessionPage.objects.none()
        return (
            IntervisionSessionPage.objects.filter(group_id=self.group_id, start__lt=self.start)
            .exclude(pk=self.pk)
            .order_by("-start")
        )

    def follow_up_points(self):
        """Advice of earlier sessions of the group still open, or closed in this session."""
        if not self.group_id:
            return ActionPoint.objects.none()
        return (
            ActionPoint.objects.filter(
                session__group_id=self.group_id, session__start__lt=self.start
            )
            .exclude(session_id=self.pk)
            .filter(models.Q(status=ActionStatus.OPEN) | models.Q(closed_in_id=self.pk))
            .select_related("owner", "session", "closed_in")
            .order_by("due", "session__start", "sort_order")
        )


class SessionStep(Orderable):
    session = ParentalKey(IntervisionSessionPage, related_name="steps", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200)
    rule = models.CharField(_("rule"), max_length=400, blank=True)
    role = models.CharField(_("led by"), max_length=40, blank=True, choices=role_choices())
    planned_minutes = models.PositiveSmallIntegerField(_("planned minutes"), default=10)
    actual_minutes = models.PositiveSmallIntegerField(_("actual minutes"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("role")]),
        FieldPanel("rule"),
        FieldRowPanel([FieldPanel("planned_minutes"), FieldPanel("actual_minutes")]),
        FieldPanel("notes"),
    ]

    @property
    def role_name(self):
        return role_label(self.role) if self.role else ""


class SessionRole(Orderable):
    session = ParentalKey(IntervisionSessionPage, related_name="roles", on_delete=models.CASCADE)
    role = models.CharField(_("role"), max_length=40, choices=role_choices())
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("For example a guest's role.")
    )

    panels = [FieldRowPanel([FieldPanel("role"), FieldPanel("person"), FieldPanel("note")])]

    @property
    def role_name(self):
        return role_label(self.role)


class DiscussedPractice(Orderable):
    session = ParentalKey(
        IntervisionSessionPage, related_name="practices_discussed", on_delete=models.CASCADE
    )
    practice = models.ForeignKey(
        PracticePage,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="intervision_discussions",
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldPanel("practice"), FieldPanel("note")]


class ParticipantTakeaway(Orderable):
    session = ParentalKey(
        IntervisionSessionPage, related_name="takeaways", on_delete=models.CASCADE
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    takeaway = models.TextField(_("takeaway"))

    panels = [FieldPanel("participant"), FieldPanel("takeaway")]


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")


class ActionPoint(Orderable):
    """Advice someone takes on; followed up at the group's next session until it is done."""

    session = ParentalKey(
        IntervisionSessionPage, related_name="action_points", on_delete=models.CASCADE
    )
    what = models.CharField(_("what"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intervision_action_points",
    )
    due = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    closed_in = models.ForeignKey(
        IntervisionSessionPage,
        verbose_name=_("closed in session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="closed_action_points",
    )

    panels = [
        FieldPanel("what"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("due"), FieldPanel("status")]),
        FieldPanel("closed_in"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("action point")
        verbose_name_plural = _("action points")

    def __str__(self):
        return self.what

    @property
    def is_open(self):
        return self.status == ActionStatus.OPEN
