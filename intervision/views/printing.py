"""One-page printouts of a session: the agenda before, the minutes after."""

from datetime import timedelta

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


def clock_times(session, steps):
    """Each step with the time it begins, and the time the last one ends.

    A step begins when the steps before it have had their planned minutes, so
    the group can keep to time from the printed sheet.
    """
    begins = session.start
    timed = []
    for step in steps:
        timed.append((step, begins))
        begins += timedelta(minutes=step.planned_minutes or 0)
    return timed, begins


@require_GET
@confidential
def agenda(request, pk):
    """The sheet handed out at the start: what the facilitator gathered in the preparation."""
    context = _print_context(request, pk)
    session = context["session"]
    context["timed_steps"], context["steps_end"] = clock_times(session, context["steps"])
    context["open_points"] = [point for point in session.follow_up_points() if point.is_open]
    context["practices"] = session.practices_discussed.select_related("practice__locale")
    return render(request, "intervision/print_agenda.html", context)


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
