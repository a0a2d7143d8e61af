"""The facets of the site as filters of the API: ``?city=namur&city=liege&domain=housing``.

As in search, values of one facet are alternatives and facets combine; the
facet values of a page are those its search document carries, so the API and
the search page agree on what is in Namur. Unlike the search page, which
ignores an unknown value, the API answers it with a 400 naming the value, so
another site's typo does not pass for "no filter".
"""

from django.conf import settings
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError

from rest_framework.filters import BaseFilterBackend

from search import facets
from search.documents import PUBLIC
from search.models import SearchFacetValue

LANGUAGE = facets.BY_NAME["lang"]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# A clear message names the known values, up to this many (the tags are many).
LISTED_VALUES = 30


def facet_parameters():
    """The query parameters of the facets the API filters by: the vocabularies and the language."""
    return frozenset([LANGUAGE.param, *(facet.param for facet in facets.TAXONOMY_FACETS)])


def _known(facet, values, known):
    unknown = sorted(set(values) - set(known))
    if unknown:
        listed = ", ".join(known[:LISTED_VALUES]) + (", ..." if len(known) > LISTED_VALUES else "")
        raise BadRequestError(
            _("unknown value for %(facet)s: %(values)s (known values: %(known)s)")
            % {"facet": facet.param, "values": ", ".join(unknown[:LISTED_VALUES]), "known": listed}
        )
    return values


class LanguageFilter(BaseFilterBackend):
    """``?lang=nl``: pages in that language."""

    def filter_queryset(self, request, queryset, view):
        values = request.GET.getlist(LANGUAGE.param)
        if not values:
            return queryset
        codes = _known(LANGUAGE, values, LANGUAGE_CODES)
        return queryset.filter(locale__language_code__in=codes)


class FacetFilter(BaseFilterBackend):
    """``?<facet>=<slug>`` for each taxonomy facet, read from the search index's facet values."""

    def filter_queryset(self, request, queryset, view):
        for facet in facets.TAXONOMY_FACETS:
            values = request.GET.getlist(facet.param)
            if not values:
                continue
            _known(facet, values, sorted(facet.vocabulary()))
            carrying = SearchFacetValue.objects.filter(
                facet=facet.name, value__in=values, document__visibility=PUBLIC
            ).values("document__page_id")
            queryset = queryset.filter(pk__in=carrying)
        return queryset
