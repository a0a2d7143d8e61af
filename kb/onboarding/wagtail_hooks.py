"""The new hire's progress on the Wagtail admin dashboard."""

from django.utils import translation

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .progress import is_on_the_path, summary_for


class OnboardingProgressPanel(Component):
    name = "onboarding_progress"
    template_name = "onboarding/dashboard_panel.html"
    order = 90

    def __init__(self, summary):
        self.summary = summary

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(self.summary)
        context["request"] = parent_context.get("request")
        return context


@hooks.register("construct_homepage_panels")
def add_onboarding_progress_panel(request, panels):
    summary = summary_for(request.user, translation.get_language())
    if summary is not None and is_on_the_path(request.user, summary["progress"]):
        panels.append(OnboardingProgressPanel(summary))
