"""Who belongs to which project, and the peer review task."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask

from .review import PeerReviewRules


class Membership(models.Model):
    """A member works for a project; peer review uses it to find a reviewer from elsewhere."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    project = models.ForeignKey(
        "taxonomy.Project",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    panels = [FieldPanel("user"), FieldPanel("project")]

    class Meta:
        verbose_name = _("project membership")
        verbose_name_plural = _("project memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "project"], name="unique_project_membership")
        ]
        ordering = ["user__username", "project__slug"]

    def __str__(self):
        return f"{self.user} · {self.project}"


class ChosenLanguage(models.Model):
    """A member chose their language in their account settings; signing in no longer changes it.

    Without a choice, the language a member signs in with becomes their Wagtail
    preference at each sign-in, so the admin and the e-mails sent to them follow
    the language they last used (``kb.home.admin_language``).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="chosen_language",
    )
    chosen_at = models.DateTimeField(_("chosen at"), auto_now=True)

    class Meta:
        verbose_name = _("chosen language")
        verbose_name_plural = _("chosen languages")

    def __str__(self):
        return str(self.user)


class PeerReviewTask(PeerReviewRules, AbstractGroupApprovalTask):
    """Approval by a reviewer group, never by a colleague of the author's own project."""

    class Meta:
        verbose_name = _("peer review task")
        verbose_name_plural = _("peer review tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes; "
            "a reviewer who works on the author's project cannot approve."
        )
