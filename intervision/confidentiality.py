"""Keeping intervision content to logged-in members.

Wagtail's view restrictions apply to a page and everything below it, so one
login restriction on each intervision index covers its sessions and exchange
days: public querysets (``.public()``), search and sitemaps leave them out.
"""

from django.contrib.auth.views import redirect_to_login
from django.db.models.signals import post_save

from wagtail.models import PageViewRestriction

LOGIN_URL_NAME = "login"


def ensure_login_restriction(page):
    """Give ``page`` a login restriction unless it already has one."""
    restrictions = page.view_restrictions.filter(restriction_type=PageViewRestriction.LOGIN)
    if not restrictions.exists():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def restrict_new_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_login_restriction(instance)


def connect_signals():
    from .models import IntervisionIndexPage

    post_save.connect(
        restrict_new_index,
        sender=IntervisionIndexPage,
        dispatch_uid="intervision_index_login_restriction",
    )


def login_redirect(request):
    return redirect_to_login(request.get_full_path(), LOGIN_URL_NAME)


def is_members_only(page):
    return getattr(page, "members_only", False)
