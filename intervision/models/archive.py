"""Notes taken off an old session by the retention rule (``intervision.retention``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArchivedSessionNotes(models.Model):
    """The notes of an old intervision session, kept for administrators only."""

    session = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("session"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    session_title = models.CharField(_("session title"), max_length=255)
    session_start = models.DateTimeField(_("session start"))
    notes = models.JSONField(_("notes"))
    archived_at = models.DateTimeField(_("archived at"), auto_now_add=True)

    class Meta:
        # The table kept its name when the model moved here from the people app.
        db_table = "people_archivedsessionnotes"
        verbose_name = _("archived session notes")
        verbose_name_plural = _("archived session notes")
        ordering = ["-archived_at"]

    def __str__(self):
        return self.session_title
