"""One-page printouts of a session: the agenda before, the minutes after."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..access import confidential, follow_up_for, session_for
from ..audit import record_view


def _print_context(request, pk):
    session = session_for(request.user, pk)
    record_view(request, session)
    return {
        "session": session,
        "steps": session.steps.all(),
        "roles": session.roles.all(),
        "participants": session.participants.all(),
    }


@require_GET
@confidential
def agenda(request, pk):
    return render(request, "intervision/print_agenda.html", _print_context(request, pk))


@require_GET
@confidential
def minutes(request, pk):
    context = _print_context(request, pk)
    session = context["session"]
    context.update(
        {
            "follow_up": follow_up_for(request.user, session),
            "action_points": session.action_points.all(),
            "takeaways": session.takeaways.all(),
            "practices": session.practices_discussed.all(),
        }
    )
    return render(request, "intervision/print_minutes.html", context)
