"""In the admin, an address naming a session the user may not read answers 404.

Many of Wagtail's page views (draft, revisions, compare, history, usage,
preview, the chooser's browsing, the admin API, bulk actions, translation)
load the page their address names before any hook runs, and some show its
title even as they refuse. Wagtail offers no hook around all of them, so this
middleware reads the page ids of every admin address (the ``page_id``-like
arguments of its routes, the ``pk`` of the page routes, the ids of a bulk
action) and answers 404 when one is a session hidden from the user by the
access policy: there, as on the site, the session does not exist for them.

It also writes the admin's reads of a session (editor, draft, revision,
comparison, preview) to the session's audit log, as the site's reads are.
"""

from functools import cache

from django.http import Http404
from django.urls import reverse

from wagtail.models import Page

from kb.operations.converters import as_id

from .access import hidden_sessions
from .audit import log_view_later
from .models import IntervisionSessionPage

PAGE_ID_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
PAGE_PK_NAMESPACES = {"wagtailadmin_pages", "wagtailadmin_api:pages"}
BULK_ACTION = "wagtail_bulk_action"
READS = {
    f"wagtailadmin_pages:{name}"
    for name in ("edit", "view_draft", "revisions_view", "revisions_compare", "preview_on_edit")
}


@cache
def _admin_prefix():
    return reverse("wagtailadmin_home")


def _bulk_selection(request):
    """The pages a bulk action on pages works on: its ids, or all under ``childOf``."""
    ids = request.GET.getlist("id")
    if "all" not in ids:
        return [number for number in map(as_id, ids) if number is not None]
    parent = Page.objects.filter(pk=as_id(request.GET.get("childOf")) or 0).first()
    pages = parent.get_descendants() if parent else Page.objects.all()
    return pages.values("pk")


def named_pages(request, match):
    """The ids of the pages an admin address names, or None when it names none."""
    if match.url_name == BULK_ACTION and match.kwargs.get("app_label") == "wagtailcore":
        return _bulk_selection(request)
    ids = [as_id(match.kwargs[name]) for name in PAGE_ID_ARGUMENTS if name in match.kwargs]
    if match.namespace in PAGE_PK_NAMESPACES and "pk" in match.kwargs:
        ids.append(as_id(match.kwargs["pk"]))
    return [pk for pk in ids if pk is not None] or None


class SessionGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session_read_in_admin", None)
        if session is not None and response.status_code == 200:
            log_view_later(session, request.user)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not request.path.startswith(_admin_prefix()) or not user.is_authenticated:
            return None
        # Without admin access Wagtail refuses every address alike: a 404 here would tell.
        if not user.has_perm("wagtailadmin.access_admin"):
            return None
        match = request.resolver_match
        pages = named_pages(request, match)
        if pages is None:
            return None
        if hidden_sessions(user).filter(pk__in=pages).exists():
            raise Http404
        if match.view_name in READS and request.method == "GET":
            request.session_read_in_admin = IntervisionSessionPage.objects.filter(
                pk__in=pages
            ).first()
        return None
