"""Turning an intervision case into a draft practice sheet for the coach to complete."""

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug

from practices.models import PracticeIndexPage, PracticePage


class DraftRefused(Exception):
    """The draft cannot be made; the message tells the facilitator what to fix."""


def _practice_index(session):
    return (
        PracticeIndexPage.objects.filter(locale=session.locale).first()
        or PracticeIndexPage.objects.first()
    )


def draft_practice_from(session, user):
    """A new, unpublished practice sheet with the case's title, project and domains."""
    if not session.case_project_id:
        raise DraftRefused(_("Choose the case project first: a practice sheet needs one."))
    index = _practice_index(session)
    if index is None:
        raise DraftRefused(_("There is no practice index to put the sheet in yet."))
    if not index.permissions_for_user(user).can_add_subpage():
        raise DraftRefused(_("You are not allowed to add practice sheets."))

    title = (session.case_question or session.title).strip()[:255]
    with translation.override(index.locale.language_code):
        summary = _("To complete: what happens, with whom, and what it brings.")
    sheet = PracticePage(
        title=title,
        slug=find_available_slug(index, slugify(title)[:50] or "practice"),
        summary=summary,
        project_id=session.case_project_id,
        locale=index.locale,
        live=False,
        owner=user,
    )
    index.add_child(instance=sheet)
    sheet.life_domains.set([domain.pk for domain in session.life_domains.all()])
    sheet.authors.set([user.pk])
    sheet.save()
    sheet.save_revision(user=user, log_action=True)
    return sheet
