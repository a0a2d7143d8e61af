"""Ticking steps off: plain POST forms that work without JavaScript.

Each view answers with a redirect back to the step on the path page and a
message saying what changed, so reloading the page never posts twice.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import OnboardingPathPage, StepProgress


@require_POST
def tick_step(request, path_id, step_key):
    return _record(request, path_id, step_key, done=True)


@require_POST
def untick_step(request, path_id, step_key):
    return _record(request, path_id, step_key, done=False)


def _record(request, path_id, step_key, done):
    path = OnboardingPathPage.objects.live().filter(pk=path_id).first()
    if path is None:
        raise Http404
    path_url = path.get_url(request) or "/"
    if not request.user.is_authenticated:
        return redirect_to_login(path_url)
    if not all(r.accept_request(request) for r in path.get_view_restrictions()):
        raise Http404
    step = path.steps.filter(key=step_key).first()
    if step is None:
        raise Http404

    lookup = {"user": request.user, "path_key": path.translation_key, "step_key": step.key}
    if done:
        StepProgress.objects.get_or_create(**lookup)
        message = _("“%(title)s” is marked as done.")
    else:
        StepProgress.objects.filter(**lookup).delete()
        message = _("“%(title)s” is marked as not done.")
    messages.success(request, message % {"title": step.title})
    return redirect(f"{path_url}#step-{step.key}")
