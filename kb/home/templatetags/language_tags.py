"""The language switcher and the "also in" links of a page.

The interface language follows the URL prefix (/nl/, /fr/, /en/). A Wagtail page
lives in one locale, so switching language means going to its translation; for
every other view the same address under the other prefix is the same view.
When a page has no translation yet, the switcher says so and leads to the
nearest translated page above it, which then offers the original.
"""

from django import template
from django.conf import settings
from django.http import QueryDict
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from kb.home.translation_status import is_outdated, source_of

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


def _nearest_translated_url(request, page, locale):
    """The translation, in ``locale``, of the closest ancestor that has one."""
    for ancestor in reversed(page.get_ancestors().filter(depth__gt=1)):
        translated = ancestor.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.get_url(request)
    return _home_url(request, locale.language_code)


def _home_url(request, language_code):
    site = Site.find_for_request(request)
    if site is not None:
        locale = Locale.objects.filter(language_code=language_code).first()
        home = site.root_page.get_translation_or_none(locale) if locale else None
        if home is not None and home.live:
            return home.get_url(request)
    return f"/{language_code}/"


def _page_link(request, page, code):
    """Where the switcher leads for a Wagtail page, and whether that is its translation."""
    translated = live_translations(page).get(code)
    if translated is not None:
        url = (translated.get_url(request) or "") + _subpath(request, page)
        return url + _query_string(request), True
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        return _home_url(request, code), False
    query = QueryDict(mutable=True)
    query[UNTRANSLATED_PARAM] = str(page.pk)
    return f"{_nearest_translated_url(request, page, locale)}?{query.urlencode()}", False


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
    source = source_of(page) if is_outdated(page) else None
    return {
        "translations": others,
        "outdated_source": live_translations(page).get(source.locale.language_code)
        if source is not None
        else None,
        "request": context.get("request"),
    }


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
