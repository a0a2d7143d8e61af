"""Turning an intervision case into a draft practice sheet for the coach to complete.

The draft carries what the session knows (the case summary as context, the
insights as "why it works" notes, the practices discussed as related sheets,
the project and life domains). Session notes speak of real people, so the draft
has a neutral title (a case question often names someone), says at the top
that it must be anonymised before review, and the privacy check lists what it
already finds. Until its author marks it anonymised, only those who may read
the session see it (``practices.anonymisation``, told who they are by
``sheets_drafted_for``).
"""

from django.utils import translation
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from practices.models import PracticeIndexPage, PracticePage, RelatedPractice
from practices.privacy import find_personal_data, unique

from .access import visible_sessions


class DraftRefused(Exception):
    """The draft cannot be made; the message tells the facilitator what to fix."""


def _practice_index(session):
    return (
        PracticeIndexPage.objects.filter(locale=session.locale).first()
        or PracticeIndexPage.objects.first()
    )


def _paragraphs(text):
    return RichText(linebreaks(escape(text.strip())))


def _body(session):
    blocks = []
    if session.case_summary.strip():
        blocks.append(("context", _paragraphs(session.case_summary)))
    if session.insights.strip():
        blocks.append(("working_elements", _paragraphs(session.insights)))
    return blocks


def privacy_findings(sheet):
    """What the privacy check finds in the draft's title, summary and body."""
    findings = find_personal_data(sheet.title, where=_("title"))
    for block in sheet.body:
        findings += find_personal_data(str(block.value.source), where=str(block.block.label))
    return unique(findings)


def draft_practice_from(session, user):
    """A new, unpublished practice sheet carrying what the session knows.

    The caller has checked that ``user`` may draft from this session (its
    facilitator or the coach who presented the case).
    """
    if not session.case_project_id:
        raise DraftRefused(_("Choose the case project first: a practice sheet needs one."))
    index = _practice_index(session)
    if index is None:
        raise DraftRefused(_("There is no practice index to put the sheet in yet."))

    with translation.override(index.locale.language_code):
        title = _("Practice sheet drafted from an intervision case")
        summary = _(
            "To anonymise before review: no tenant's name or identifying detail. "
            "Rewrite the title, then say what happens, with whom, and what it brings."
        )
    sheet = PracticePage(
        title=title,
        slug=find_available_slug(index, slugify(title)[:50] or "practice"),
        summary=summary,
        body=_body(session),
        project_id=session.case_project_id,
        locale=index.locale,
        live=False,
        owner=user,
        anonymised=False,
    )
    sheet.related_practices = [
        RelatedPractice(practice_id=row.practice_id) for row in session.practices_discussed.all()
    ]
    index.add_child(instance=sheet)
    sheet.life_domains.set([domain.pk for domain in session.life_domains.all()])
    sheet.authors.set([user.pk])
    sheet.save()
    sheet.save_revision(user=user, log_action=True)
    return sheet


def sheets_drafted_for(user):
    """Ids of the sheets drafted from the sessions ``user`` may read."""
    return (
        visible_sessions(user)
        .exclude(draft_practice=None)
        .values_list("draft_practice_id", flat=True)
    )
