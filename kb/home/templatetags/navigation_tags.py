"""The site's main navigation, the breadcrumbs of sub-routes and the editor's shortcut.

The sections are the first live page of each section type in the active locale,
so the menu follows the language and the content that exists. What every page
of a language shows alike (the sections, the ancestors of a page's siblings) is
kept in the cache under the page cache's generation number, which every visible
content change bumps: it costs no query per page and is never older than the
content. Only public facts are kept there; what depends on the visitor (whether
a members-only section is listed) is decided per request.
"""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from intervision.models import IntervisionIndexPage
from kb.glossary.models import GlossaryPage
from kb.onboarding.models import OnboardingPathPage
from kb.pagecache.store import until_content_changes
from kb.partners.models import PartnerIndexPage
from practices.models import PracticeIndexPage

register = template.Library()

#: (page model, menu label, members only), in menu order.
SECTIONS = [
    (PracticeIndexPage, _("Practices"), False),
    (PartnerIndexPage, _("Partners"), False),
    (GlossaryPage, _("Glossary"), False),
    (OnboardingPathPage, _("Getting started"), False),
    (IntervisionIndexPage, _("Intervision"), True),
]


def section_pages(language_code):
    """The first live page of each section type in a language, by page model."""
    by_label = until_content_changes(
        f"sections:{language_code}", lambda: _find_section_pages(language_code)
    )
    return {
        model: by_label[model._meta.label]
        for model, _menu_label, _members in SECTIONS
        if model._meta.label in by_label
    }


def _find_section_pages(language_code):
    """The pages by model label: what the cache keeps."""
    models = {model._meta.label: model for model, _menu_label, _members in SECTIONS}
    content_types = ContentType.objects.get_for_models(*models.values())
    label_by_type = {content_types[model].pk: label for label, model in models.items()}
    pages = (
        Page.objects.live()
        .filter(locale__language_code=language_code, content_type__in=label_by_type)
        .order_by("path")
    )
    found = {}
    for page in pages:
        found.setdefault(label_by_type[page.content_type_id], page)
    return found


def ancestors_below_root(page):
    """The ancestors of ``page`` from its site's home down, shared with its siblings."""
    if not page.path:
        return list(page.get_ancestors().filter(depth__gt=1))
    parent_path = page.path[: -page.steplen]
    return until_content_changes(
        f"ancestors:{parent_path}", lambda: list(page.get_ancestors().filter(depth__gt=1))
    )


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
    pages = section_pages(get_language())
    items = []
    for model, menu_label, members_only in SECTIONS:
        page = pages.get(model)
        if page is None or (members_only and not is_member):
            continue
        url = page.get_url(request)
        items.append({"label": menu_label, "url": url, "current": _is_current(path, url)})
    search_url = reverse("search:search")
    items.append(
        {"label": _("Search"), "url": search_url, "current": _is_current(path, search_url)}
    )
    return {"items": items}


@register.simple_tag
def breadcrumb_pages(page):
    """The pages above ``page`` in the breadcrumbs: its ancestors below the tree root."""
    return ancestors_below_root(page)


@register.simple_tag(takes_context=True)
def edit_page_url(context, page):
    """The admin edit address of ``page`` if the visitor may edit it, else an empty string."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if not (isinstance(page, Page) and page.pk and user and user.is_authenticated):
        return ""
    # Without the admin the edit page is out of reach; checked first, as it costs no query.
    if not user.has_perm("wagtailadmin.access_admin"):
        return ""
    if not page.permissions_for_user(user).can_edit():
        return ""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@register.simple_tag(takes_context=True)
def add_practice_url(context, practice_index):
    """The admin address for writing a new sheet under ``practice_index``, for who may use it.

    A visitor gets it (signing in comes first); a member who may not write sheets
    does not, as the admin would only tell them they have no access.
    """
    if practice_index is None:
        return ""
    user = getattr(context.get("request"), "user", None)
    signed_in = user is not None and user.is_authenticated
    if signed_in and not practice_index.permissions_for_user(user).can_add_subpage():
        return ""
    return reverse("wagtailadmin_pages:add", args=["practices", "practicepage", practice_index.pk])


#: Sections a coach may need on a visit without a connection (see static/js/sw.js).
OFFLINE_SECTIONS = (GlossaryPage, OnboardingPathPage)


@register.simple_tag(takes_context=True)
def offline_section_urls(context):
    """The addresses of the glossary and the onboarding path, kept for reading offline."""
    request = context.get("request")
    pages = section_pages(get_language())
    urls = (pages[model].get_url(request) for model in OFFLINE_SECTIONS if model in pages)
    return " ".join(url for url in urls if url)
