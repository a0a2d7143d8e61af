"""One tag per idea, whatever language a coach types it in.

A tag is one row: its keyword (``name``, which gives the slug the ``tag`` filter
uses) and its name in Dutch, French and English, like a taxonomy term. One row
per idea rather than one per language keeps a translated sheet on the same tag
and the tag filter whole. So the editor speaks names, not keywords:

- the autocomplete matches any of a tag's names and offers the one that matched,
  so a coach typing "kok" is offered "koken";
- a name typed in any language is saved as the tag it names ("koken", "cuisine"
  and "cooking" are the tag ``cooking``); a name no tag has makes a new tag;
- a sheet shows its tags in its own language, so its translation reads them in
  its words and, saved, keeps the same tags.
"""

from django.db.models import Q
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation

from wagtail.admin.widgets import AdminTagWidget

from .models import Tag
from .translated import language_codes, localized

SUGGESTIONS = 10
MAX_TERM = 100


def name_fields():
    """The keyword first, then the name in each language."""
    return ["name", *(f"name_{code}" for code in language_codes())]


def _any_name(lookup, value):
    condition = Q()
    for field in name_fields():
        condition |= Q(**{f"{field}__{lookup}": value})
    return condition


def keywords(names):
    """The keyword of the tag each of ``names`` names in any language; a new name as typed."""
    if not names:
        return []
    condition = Q()
    for name in names:
        condition |= _any_name("iexact", name)
    tags = list(Tag.objects.filter(condition))
    named = {}
    # A keyword wins over a translated name that happens to be spelt the same.
    for field in name_fields():
        for tag in tags:
            if value := getattr(tag, field):
                named.setdefault(value.lower(), tag.name)
    found = []
    for name in names:
        keyword = named.get(name.lower(), name)
        if keyword not in found:
            found.append(keyword)
    return found


def names_in(tags, language):
    """``tags`` as the editor's tag field writes them, each named in ``language``."""
    names = sorted({localized(tag, "name", language) or tag.name for tag in tags})
    return ", ".join(f'"{name}"' if "," in name or " " in name else name for name in names)


def _matching_name(tag, term):
    """The tag's name starting with ``term``, in the reader's language when it does."""
    language = translation.get_language() or ""
    fields = [f"name_{language[:2]}", *name_fields()[1:], "name"]
    for field in fields:
        value = getattr(tag, field, "")
        if value and value.lower().startswith(term.lower()):
            return value
    return tag.name


def autocomplete(request):
    """Tags whose name in any language starts with the term, each by the name that matched."""
    term = request.GET.get("term", "").strip()[:MAX_TERM]
    if not term or "\x00" in term:
        return JsonResponse([], safe=False)
    offered = []
    for tag in Tag.objects.filter(_any_name("istartswith", term)).order_by("name")[:SUGGESTIONS]:
        name = _matching_name(tag, term)
        if name not in offered:
            offered.append(name)
    return JsonResponse(offered, safe=False)


class TagNamesWidget(AdminTagWidget):
    """Wagtail's tag field, suggesting tags by their names in every language."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-w-tag-url-value"] = reverse("taxonomy_tag_autocomplete")
        return context
