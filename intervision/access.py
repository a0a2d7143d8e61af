"""The one access policy of intervision sessions: who may see one, facilitate it, act on it.

A session is confidential to its group's members, its participants, its
facilitator, the group's facilitators and administrators. Everything that shows
a session (pages, printouts, calendars, listings, related lists, dashboards,
search) asks this module; anyone else gets a 404, so a title or address is never
confirmed. Exchange days are meant to be joined: every signed-in member sees them.
"""

from functools import wraps

from django.db.models import Q
from django.http import Http404
from django.utils.cache import patch_cache_control

from kb.people.roles import ADMINISTRATOR

from .audience import STAFF_KEY, audience_of
from .confidentiality import login_redirect
from .models import ActionPoint, ExchangeDayPage, IntervisionSessionPage


def member_required(view):
    """Anonymous visitors go to the login page; nothing of the content is sent."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return login_redirect(request)
        return view(request, *args, **kwargs)

    return wrapped


def confidential(view):
    """A members-only view whose answer no browser or proxy may keep."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = member_required(view)(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapped


def is_administrator(user):
    """A superuser or a holder of the Administrator role (asked once per request)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not hasattr(user, "_ancora_is_administrator"):
        user._ancora_is_administrator = user.is_superuser or (
            user.groups.filter(name=ADMINISTRATOR).exists()
        )
    return user._ancora_is_administrator


def _facilitated_group_ids(user):
    if not hasattr(user, "_ancora_facilitated_groups"):
        user._ancora_facilitated_groups = set(
            user.facilitated_intervision_groups.values_list("pk", flat=True)
        )
    return user._ancora_facilitated_groups


def _group_ids(user):
    """The groups ``user`` belongs to or facilitates."""
    if not hasattr(user, "_ancora_intervision_groups"):
        members = set(user.intervision_groups.values_list("pk", flat=True))
        user._ancora_intervision_groups = members | _facilitated_group_ids(user)
    return user._ancora_intervision_groups


def audience_keys(user):
    """The keys ``user`` holds: themselves, each group they belong to or facilitate, staff.

    Anonymous and inactive users hold none, so they read no session.
    """
    if not (user.is_authenticated and user.is_active):
        return set()
    keys = {f"user:{user.pk}"} | {f"group:{pk}" for pk in _group_ids(user)}
    if is_administrator(user):
        keys.add(STAFF_KEY)
    return keys


def may_see(user, session):
    return bool(audience_of(session) & audience_keys(user))


def visible_sessions(user, sessions=None):
    """``sessions`` (all sessions by default) narrowed to those ``user`` may see."""
    sessions = IntervisionSessionPage.objects.all() if sessions is None else sessions
    if not (user.is_authenticated and user.is_active):
        return sessions.none()
    if is_administrator(user):
        return sessions
    involved = (
        Q(group__members=user)
        | Q(group__facilitators=user)
        | Q(participants=user)
        | Q(facilitator=user)
    )
    return sessions.filter(pk__in=IntervisionSessionPage.objects.filter(involved).values("pk"))


def hidden_sessions(user):
    """The sessions ``user`` may not read: what every listing leaves out for them."""
    sessions = IntervisionSessionPage.objects.all()
    if is_administrator(user):
        return sessions.none()
    return sessions.exclude(pk__in=visible_sessions(user).values("pk"))


def without_hidden_sessions(pages, user):
    """``pages`` (a queryset of any page type) without the sessions ``user`` may not read."""
    if is_administrator(user):
        return pages
    return pages.exclude(pk__in=hidden_sessions(user).values("pk"))


def follow_up_for(user, session):
    """The advice followed up in ``session``, from the earlier sessions ``user`` may read.

    A guest of one session reads no action point of the group's other sessions.
    """
    return session.follow_up_points().filter(session__in=visible_sessions(user).values("pk"))


def can_edit(user, page):
    return page.permissions_for_user(user).can_edit()


def can_facilitate(user, session):
    """The session's facilitator, a facilitator of its group, or an administrator."""
    if not user.is_authenticated:
        return False
    if is_administrator(user) or (session.facilitator_id and session.facilitator_id == user.pk):
        return True
    return bool(session.group_id) and session.group_id in _facilitated_group_ids(user)


def presented_the_case(user, session):
    """Whether ``user`` is the session's case bringer."""
    return any(
        role.role == "case-bringer" and role.person_id == user.pk for role in session.roles.all()
    )


def may_draft_practice(user, session):
    return can_facilitate(user, session) or presented_the_case(user, session)


def _visible(page, user, can_see_draft):
    """A live page to members; its latest draft to those who may work on it."""
    if page.live and not (page.has_unpublished_changes and can_see_draft(user, page)):
        return page
    if can_see_draft(user, page):
        return page.get_latest_revision_as_object()
    raise Http404


def _may_see_draft(user, session):
    return can_facilitate(user, session) or can_edit(user, session)


def session_for(user, pk):
    """The session ``pk`` as this user may see it, or 404 (also when it is not theirs)."""
    sessions = visible_sessions(user).select_related("group", "facilitator", "locale")
    page = sessions.filter(pk=pk).first()
    if page is None:
        raise Http404
    return _visible(page, user, _may_see_draft)


def action_point_for(user, pk):
    """The action point ``pk``, found only among the sessions ``user`` may see, or 404."""
    point = (
        ActionPoint.objects.filter(session__in=visible_sessions(user).values("pk"), pk=pk)
        .select_related("session__group")
        .first()
    )
    if point is None:
        raise Http404
    return point


def may_act_on(user, point, closing=None):
    """The point's owner, the facilitator of its session, or of the session following it up."""
    if point.owner_id == user.pk or can_facilitate(user, point.session):
        return True
    return (
        closing is not None
        and can_facilitate(user, closing)
        and (closing.follow_up_points().filter(pk=point.pk).exists())
    )


def exchange_day_for(user, pk):
    try:
        page = ExchangeDayPage.objects.select_related("host_project__city").get(pk=pk)
    except ExchangeDayPage.DoesNotExist as missing:
        raise Http404 from missing
    return _visible(page, user, can_edit)
