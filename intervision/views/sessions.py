"""What a facilitator does around a session: prepare it, gather practices, follow up advice."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from practices.models import PracticePage

from ..access import (
    action_point_for,
    can_facilitate,
    confidential,
    follow_up_for,
    may_act_on,
    may_draft_practice,
    member_required,
    session_for,
)
from ..audit import record_view
from ..drafting import DraftRefused, draft_practice_from, privacy_findings
from ..editing import record_change
from ..models import ActionPoint, ActionStatus, DiscussedPractice, IntervisionSessionPage
from ..related import (
    earlier_sessions_on_domains,
    participants_recent_practices,
    related_practices,
)


def _back(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


def _int_or_404(value):
    try:
        return int(value)
    except (TypeError, ValueError) as bad:
        raise Http404 from bad


@require_GET
@confidential
def prepare(request, pk):
    session = session_for(request.user, pk)
    record_view(request, session)
    discussed = {row.practice_id for row in session.practices_discussed.all()}
    context = {
        "session": session,
        "open_points": [point for point in follow_up_for(request.user, session) if point.is_open],
        "earlier_sessions": earlier_sessions_on_domains(session, request.user),
        "related_practices": related_practices(session),
        "participant_practices": participants_recent_practices(session),
        "discussed_ids": discussed,
        "can_facilitate": can_facilitate(request.user, session),
        "may_draft_practice": may_draft_practice(request.user, session),
    }
    return render(request, "intervision/prepare.html", context)


@require_POST
@member_required
def add_practice(request, pk):
    session = session_for(request.user, pk)
    if not can_facilitate(request.user, session):
        raise PermissionDenied
    practice = get_object_or_404(
        PracticePage.objects.live(), pk=_int_or_404(request.POST.get("practice"))
    )
    prepare_url = reverse("intervision:prepare", args=[session.pk])
    if any(row.practice_id == practice.pk for row in session.practices_discussed.all()):
        messages.info(request, _("This practice is already on the list."))
        return _back(request, prepare_url)

    def change_draft(draft):
        position = len(draft.practices_discussed.all())
        draft.practices_discussed.add(DiscussedPractice(sort_order=position, practice=practice))

    def change_live():
        position = DiscussedPractice.objects.filter(session_id=session.pk).count()
        DiscussedPractice.objects.create(
            session_id=session.pk, sort_order=position, practice=practice
        )

    record_change(session, request.user, change_draft, change_live)
    messages.success(
        request, _("“%(title)s” was added to the practices discussed.") % {"title": practice.title}
    )
    return _back(request, prepare_url)


@require_POST
@member_required
def apply_method(request, pk):
    """Replace the steps by those of the chosen method, unless notes were already taken."""
    session = session_for(request.user, pk)
    if not can_facilitate(request.user, session):
        raise PermissionDenied
    prepare_url = reverse("intervision:prepare", args=[session.pk])
    if not session.method_entry:
        messages.error(request, _("Choose a method for this session first."))
        return redirect(prepare_url)
    if any(step.notes or step.actual_minutes for step in session.steps.all()):
        messages.error(
            request, _("The steps already hold notes; change them in the editor instead.")
        )
        return redirect(prepare_url)

    def change_draft(draft):
        draft.steps = []
        draft.prefill_from_method()

    def change_live():
        live = IntervisionSessionPage.objects.get(pk=session.pk)
        live.steps = []
        live.prefill_from_method()
        live.save(clean=False)

    record_change(session, request.user, change_draft, change_live)
    messages.success(request, _("The steps of the method are in place."))
    return redirect(prepare_url)


@require_POST
@member_required
def close_action_point(request, pk):
    """Mark an action point done, optionally recording the session where it was closed.

    The point is looked up among the sessions the member may see (anything else
    is a 404), and only its owner or a facilitator following it up may close it.
    """
    point = action_point_for(request.user, pk)
    origin = point.session
    closing = None
    if request.POST.get("session"):
        closing = session_for(request.user, _int_or_404(request.POST.get("session")))
    if not may_act_on(request.user, point, closing):
        raise PermissionDenied

    def change_draft(draft):
        rows = list(draft.action_points.all())
        for row in rows:
            if row.pk == point.pk:
                row.status = ActionStatus.DONE
                row.closed_in = closing
        draft.action_points = rows

    def change_live():
        ActionPoint.objects.filter(pk=point.pk).update(status=ActionStatus.DONE, closed_in=closing)

    record_change(origin, request.user, change_draft, change_live)
    messages.success(request, _("“%(what)s” is done.") % {"what": point.what})
    return _back(request, origin.url or "/")


@require_POST
@member_required
def draft_practice(request, pk):
    session = session_for(request.user, pk)
    if not may_draft_practice(request.user, session):
        raise PermissionDenied
    existing = PracticePage.objects.filter(pk=session.draft_practice_id).first()
    if existing is not None:
        return redirect("wagtailadmin_pages:edit", existing.pk)
    try:
        sheet = draft_practice_from(session, request.user)
    except DraftRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("intervision:prepare", session.pk)
    findings = privacy_findings(sheet)
    if findings:
        messages.warning(
            request,
            _("Anonymise the draft before review; the privacy check found: %(findings)s.")
            % {"findings": "; ".join(str(finding) for finding in findings)},
        )
    else:
        messages.info(request, _("Anonymise the draft before review: it comes from session notes."))

    def change_draft(draft):
        draft.draft_practice = sheet

    def change_live():
        IntervisionSessionPage.objects.filter(pk=session.pk).update(draft_practice=sheet)

    record_change(session, request.user, change_draft, change_live)
    return redirect("wagtailadmin_pages:edit", sheet.pk)
