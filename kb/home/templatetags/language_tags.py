"""The language switcher and the "also in" links of a page.

The interface language follows the URL prefix (/nl/, /fr/, /en/). A Wagtail page
lives in one locale, so switching language means going to its translation; for
every other view the same address under the other prefix is the same view.
When a page has no translation yet, the switcher says so and leads to the
nearest translated page above it, which then offers the original. Where the
links lead for a page without translation depends only on the pages above it,
so it is cached with the navigation (see ``navigation_tags``).
"""

from django import template
from django.conf import settings
from django.http import QueryDict
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from kb.home.templatetags.navigation_tags import ancestors_below_root
from kb.home.translation_status import is_outdated, source_of
from kb.pagecache.store import until_content_changes

register = template.Library()

#: Query parameter carrying the id of a page that has no translation in the target language.
UNTRANSLATED_PARAM = "untranslated"


def live_translations(page):
    """The live versions of ``page`` in every locale (itself included), by language code."""
    cached = getattr(page, "_live_translations_by_language", None)
    if cached is None:
        cached = {
            other.locale.language_code: other
            for other in page.get_translations(inclusive=True).live().select_related("locale")
        }
        page._live_translations_by_language = cached
    return cached


def _is_page(value):
    return isinstance(value, Page) and value.pk is not None


def _subpath(request, page):
    """The part of the address below the page itself (a routable page's sub-route)."""
    page_url = page.get_url(request) or ""
    if page_url and request.path.startswith(page_url):
        return request.path[len(page_url) :]
    return ""


def _query_string(request):
    query = request.GET.copy()
    query.pop(UNTRANSLATED_PARAM, None)
    return f"?{query.urlencode()}" if query else ""


def _language_codes():
    """The language codes that have a Locale."""
    return until_content_changes(
        "locales", lambda: set(Locale.objects.values_list("language_code", flat=True))
    )


def _nearest_translated_url(request, page, language_code):
    """The translation, in ``language_code``, of the closest ancestor that has one."""
    nearest = _nearest_translated_ancestors(page).get(language_code)
    if nearest is not None:
        return nearest.get_url(request)
    return _home_url(request, language_code)


def _nearest_translated_ancestors(page):
    """For each language, the live translation of the closest ancestor of ``page`` having one."""
    ancestors = ancestors_below_root(page)
    if not ancestors:
        return {}

    def find():
        depth = {ancestor.translation_key: ancestor.depth for ancestor in ancestors}
        translations = (
            Page.objects.live().filter(translation_key__in=depth).select_related("locale")
        )
        nearest = {}
        for translated in sorted(translations, key=lambda other: -depth[other.translation_key]):
            nearest.setdefault(translated.locale.language_code, translated)
        return nearest

    return until_content_changes(f"translated-ancestors:{ancestors[-1].path}", find)


def _home_url(request, language_code):
    site = Site.find_for_request(request)
    if site is not None and language_code in _language_codes():
        home = until_content_changes(
            f"home:{site.root_page_id}:{language_code}",
            lambda: _live_home(site.root_page, language_code),
        )
        if home is not None:
            return home.get_url(request)
    return f"/{language_code}/"


def _live_home(root_page, language_code):
    """The live translation of a site's home page in a language, or None."""
    home = root_page.get_translation_or_none(Locale.objects.get(language_code=language_code))
    return home if home is not None and home.live else None


def _translation_urls(request, page):
    """The address of each live version of ``page``, by language, looked up once per host.

    Every page view shows the switcher; the addresses change only with content.
    """
    return until_content_changes(
        f"translation-urls:{page.pk}:{request.get_host()}",
        lambda: {
            code: other.get_url(request) or "" for code, other in live_translations(page).items()
        },
    )


def _page_link(request, page, code):
    """Where the switcher leads for a Wagtail page, and whether that is its translation."""
    url = _translation_urls(request, page).get(code)
    if url is not None:
        return url + _subpath(request, page) + _query_string(request), True
    if code not in _language_codes():
        return _home_url(request, code), False
    query = QueryDict(mutable=True)
    query[UNTRANSLATED_PARAM] = str(page.pk)
    return f"{_nearest_translated_url(request, page, code)}?{query.urlencode()}", False


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per interface language, each keeping the visitor on the same page."""
    request = context.get("request")
    current = translation.get_language()
    page = context.get("page")
    not_found = context.get("not_found", False)
    links = []
    for code, name in settings.LANGUAGES:
        translated = True
        if request is None:
            url = f"/{code}/"
        elif code == current:
            url = request.get_full_path()
        elif _is_page(page) and not not_found:
            url, translated = _page_link(request, page, code)
        elif not_found:
            url = _home_url(request, code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "translated": translated,
            }
        )
    return {"links": links}


@register.inclusion_tag("components/also_in.html", takes_context=True)
def also_in(context, page):
    """Links to the other live language versions of ``page``."""
    current = page.locale.language_code
    names = dict(settings.LANGUAGES)
    others = [
        {"code": code, "name": names.get(code, code), "page": other}
        for code, other in live_translations(page).items()
        if code != current
    ]
    order = list(names)
    others.sort(key=lambda item: order.index(item["code"]) if item["code"] in order else len(order))
    return {
        "translations": others,
        # Without another live version there is no original to read: no need to look.
        "outdated_source": _live_outdated_source(page) if others else None,
        "request": context.get("request"),
    }


def _live_outdated_source(page):
    """The live original of ``page`` if it changed after this translation was made, else None."""
    if not is_outdated(page):
        return None
    source = source_of(page)
    return next(
        (other for other in live_translations(page).values() if other.pk == source.pk), None
    )


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """Tell a visitor who switched language that the page they left has no translation here."""
    request = context.get("request")
    raw = request.GET.get(UNTRANSLATED_PARAM, "") if request is not None else ""
    if not (raw.isascii() and raw.isdigit() and len(raw) < 12):
        return {"original": None}
    original = Page.objects.live().public().filter(pk=int(raw)).select_related("locale").first()
    if original is None or translation.get_language() in live_translations(original):
        return {"original": None}
    return {
        "original": original,
        "original_language": original.locale.language_code,
        "original_language_name": _translated_name(original.locale.language_code),
        "current_language_name": _translated_name(translation.get_language()),
        "request": request,
    }


def _translated_name(code):
    """The name of a language in the reader's language ("Dutch", "néerlandais")."""
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code
