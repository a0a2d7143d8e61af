"""What the home page shows a signed-in member beyond the page's own context."""

from django import template

from wagtail.models import Locale

from kb.home.practices_by_model import practices_by_model as rows
from kb.onboarding.progress import summary_for

register = template.Library()


@register.simple_tag(takes_context=True)
def onboarding_summary(context):
    """The member's onboarding path and progress in the active language, or None."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return None
    return summary_for(user, Locale.get_active())


@register.inclusion_tag("components/practices_by_model.html")
def practices_by_model():
    """Each organisational model with its published practices in the active language."""
    return {"rows": rows()}
