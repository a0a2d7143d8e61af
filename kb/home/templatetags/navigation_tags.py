"""The site's main navigation, the breadcrumbs of sub-routes and the editor's shortcut.

The sections are the first live page of each section type in the active locale,
found with one query, so the menu follows the language and the content that exists.
"""

from django import template
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

register = template.Library()

#: (model label, menu label, members only), in menu order.
SECTIONS = [
    ("practices.PracticeIndexPage", _("Practices"), False),
    ("glossary.GlossaryPage", _("Glossary"), False),
    ("onboarding.OnboardingPathPage", _("Getting started"), False),
    ("intervision.IntervisionIndexPage", _("Intervision"), True),
]


def _section_models():
    return {label: apps.get_model(label) for label, _menu_label, _members in SECTIONS}


def section_pages(locale):
    """The first live page of each section type in ``locale``, by model label."""
    models = _section_models()
    content_types = ContentType.objects.get_for_models(*models.values())
    label_by_type = {content_types[model].pk: label for label, model in models.items()}
    pages = (
        Page.objects.live().filter(locale=locale, content_type__in=label_by_type).order_by("path")
    )
    found = {}
    for page in pages:
        found.setdefault(label_by_type[page.content_type_id], page)
    return found


def _is_current(request_path, url, exact=False):
    if not url:
        return False
    return request_path == url if exact else request_path.startswith(url)


@register.inclusion_tag("navigation/main_nav.html", takes_context=True)
def main_navigation(context):
    """Sections of the site in the visitor's language; intervision only for members."""
    request = context.get("request")
    user = getattr(request, "user", None)
    is_member = bool(user and user.is_authenticated)
    path = request.path if request is not None else ""
    pages = section_pages(Locale.get_active())
    items = []
    for label, menu_label, members_only in SECTIONS:
        page = pages.get(label)
        if page is None or (members_only and not is_member):
            continue
        url = page.get_url(request)
        items.append({"label": menu_label, "url": url, "current": _is_current(path, url)})
    search_url = reverse("search:search")
    items.append(
        {"label": _("Search"), "url": search_url, "current": _is_current(path, search_url)}
    )
    return {"items": items}


@register.simple_tag(takes_context=True)
def edit_page_url(context, page):
    """The admin edit address of ``page`` if the visitor may edit it, else an empty string."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if not (isinstance(page, Page) and page.pk and user and user.is_authenticated):
        return ""
    if not page.permissions_for_user(user).can_edit():
        return ""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@register.simple_tag
def add_practice_url(practice_index):
    """The admin address for writing a new practice sheet under ``practice_index``."""
    if practice_index is None:
        return ""
    return reverse("wagtailadmin_pages:add", args=["practices", "practicepage", practice_index.pk])
