"""Template tags other sections use to show intervision links without exposing them publicly."""

from django import template

from intervision.access import may_see, visible_sessions
from intervision.models import ExchangeDayPage, IntervisionSessionPage
from intervision.pickers import full_name

register = template.Library()


@register.inclusion_tag("intervision/includes/practice_discussions.html", takes_context=True)
def practice_discussions(context, practice):
    """Exchange days that showed ``practice``, and the sessions discussing it the reader may see."""
    request = context.get("request")
    # A sheet previewed before its first save has no discussions yet.
    if request is None or not request.user.is_authenticated or practice.pk is None:
        return {"sessions": [], "days": []}
    sessions = (
        visible_sessions(request.user, IntervisionSessionPage.objects.live())
        .filter(practices_discussed__practice=practice)
        .distinct()
        .order_by("-start")
    )
    days = (
        ExchangeDayPage.objects.live()
        .filter(practices_seen__practice=practice)
        .distinct()
        .order_by("-date")
    )
    return {"sessions": sessions, "days": days}


@register.filter
def readable_by(session, user):
    """Whether ``user`` may read ``session``: a link to another session shows only then."""
    return session is not None and may_see(user, session)


@register.filter
def member_name(user, empty="—"):
    """A member's full name, else their username; ``empty`` when there is nobody."""
    return empty if user is None else full_name(user)
