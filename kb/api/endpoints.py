"""Read-only JSON for other sites: public practice sheets, partner organisations, glossary terms.

What the API shows is what an anonymous visitor reads on the site, whoever
asks: live pages without any view restriction, never a draft (the page row
holds the published version; drafts live in revisions), never an intervision
session nor an exchange day (no endpoint lists them), never a sheet still
awaiting anonymisation. Signing in changes nothing here.
"""

from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.urls import path
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from rest_framework import serializers, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from kb.glossary.models import GlossaryTerm
from kb.partners.models import PartnerPage
from practices.anonymisation import readable_by_anyone
from practices.models import PracticePage
from search import facets

from .filters import FacetFilter, LanguageFilter, facet_parameters

# Full-text search is the search page's (``/search/?format=json``), with its analysis.
API_URLCONF = "kb.api.urls"
WITHOUT_SEARCH = BaseAPIViewSet.known_query_parameters - {"search", "search_operator"}


class Pagination(WagtailPagination):
    """Wagtail's limit and offset; an offset past the end is an empty page, never a query."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        offset = int(request.GET.get("offset", 0))
        return page if offset < self.total_count else queryset.none()


class FacetsField(serializers.Field):
    """The page's facet values by facet name, as its search document carries them."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        values = {facet.name: [] for facet in facets.TAXONOMY_FACETS}
        for document in page.search_documents.all():
            for row in document.facet_values.all():
                if row.facet in values:
                    values[row.facet].append(row.value)
        return {name: sorted(set(slugs)) for name, slugs in values.items()}


class ReadOnlyAPIViewSet(BaseAPIViewSet):
    """JSON only (no browsable pages), a listing and a detail, bad input answered with a 400."""

    renderer_classes = [JSONRenderer]
    pagination_class = Pagination
    known_query_parameters = WITHOUT_SEARCH

    def dispatch(self, request, *args, **kwargs):
        # An API address is not a page: its 404 stays a JSON 404 instead of the redirect
        # to a language prefix that the locale middleware gives an unknown address.
        request.urlconf = API_URLCONF
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]

    def finalize_response(self, request, response, *args, **kwargs):
        # Public data that no cookie changes: any site's pages may read it from the browser.
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def perform_content_negotiation(self, request, force=False):
        """JSON whatever the browser accepts; another ``format`` is a 400, not a bare 404."""
        if not force and request.query_params.get("format", "json") != "json":
            raise BadRequestError(_("format must be json"))
        return super().perform_content_negotiation(request, force=True)

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):
            message = _("invalid filter value: %(error)s") % {"error": " ".join(exc.messages)}
            return Response({"message": message}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


class PublicPagesAPIViewSet(ReadOnlyAPIViewSet, PagesAPIViewSet):
    """Public pages of one type, filtered by the facets of the site."""

    filter_backends = [FieldsFilter, OrderingFilter, LanguageFilter, FacetFilter]
    known_query_parameters = WITHOUT_SEARCH | facet_parameters()
    body_fields = [*PagesAPIViewSet.body_fields, "facets"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "facets"]

    @classmethod
    def get_field_serializer_overrides(cls, model):
        return {**super().get_field_serializer_overrides(model), "facets": FacetsField()}

    def get_base_queryset(self):
        return self.model.objects.live().public()

    def get_queryset(self):
        return self.get_base_queryset().order_by("path")

    def paginate_queryset(self, queryset):
        """The page of results with its facet values and locale, in three queries for all."""
        page = super().paginate_queryset(queryset)
        prefetch_related_objects(page, "locale", "search_documents__facet_values")
        return page


class PracticesAPIViewSet(PublicPagesAPIViewSet):
    model = PracticePage
    body_fields = [
        *PublicPagesAPIViewSet.body_fields,
        "summary",
        "goal",
        "target_group",
        "body",
        "preconditions",
        "transferability",
        "status",
        "maturity",
        "started",
        "ended",
    ]
    listing_default_fields = [*PublicPagesAPIViewSet.listing_default_fields, "summary"]

    def get_base_queryset(self):
        return readable_by_anyone(self.model.objects.all())


class PartnersAPIViewSet(PublicPagesAPIViewSet):
    model = PartnerPage
    body_fields = [
        *PublicPagesAPIViewSet.body_fields,
        "offer",
        "thresholds",
        "how_to_start",
        "address",
        "website",
        "languages",
        "last_checked",
    ]
    listing_default_fields = [*PublicPagesAPIViewSet.listing_default_fields, "offer"]


class GlossaryAPIViewSet(ReadOnlyAPIViewSet):
    model = GlossaryTerm
    filter_backends = [FieldsFilter, OrderingFilter]
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "slug",
        "name_nl",
        "name_fr",
        "name_en",
        "synonyms",
        "definition_nl",
        "definition_fr",
        "definition_en",
    ]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "slug",
        "name_nl",
        "name_fr",
        "name_en",
    ]
