"""Who may see and act on intervision content outside the page tree itself."""

from functools import wraps

from django.http import Http404

from .confidentiality import login_redirect
from .models import ExchangeDayPage, IntervisionSessionPage


def member_required(view):
    """Anonymous visitors go to the login page; nothing of the content is sent."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return login_redirect(request)
        return view(request, *args, **kwargs)

    return wrapped


def can_edit(user, page):
    return page.permissions_for_user(user).can_edit()


def can_facilitate(user, session):
    """The facilitator of the session, or anyone allowed to edit its page."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or (session.facilitator_id and session.facilitator_id == user.pk):
        return True
    return can_edit(user, session)


def _visible(page, user, can_see_draft):
    """A live page to members; its latest draft to those who may work on it."""
    if page.live and not (page.has_unpublished_changes and can_see_draft(user, page)):
        return page
    if can_see_draft(user, page):
        return page.get_latest_revision_as_object()
    raise Http404


def session_for(user, pk):
    """The session ``pk`` as this member may see it, or 404."""
    try:
        page = IntervisionSessionPage.objects.select_related("group", "facilitator").get(pk=pk)
    except IntervisionSessionPage.DoesNotExist as missing:
        raise Http404 from missing
    return _visible(page, user, can_facilitate)


def exchange_day_for(user, pk):
    try:
        page = ExchangeDayPage.objects.select_related("host_project__city").get(pk=pk)
    except ExchangeDayPage.DoesNotExist as missing:
        raise Http404 from missing
    return _visible(page, user, can_edit)
