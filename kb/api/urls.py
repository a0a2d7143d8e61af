"""The API's addresses: /api/v2/, without a language prefix (the root URLconf includes them)."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import GlossaryAPIViewSet, PartnersAPIViewSet, PracticesAPIViewSet

api_router = WagtailAPIRouter("public_api")
api_router.register_endpoint("practices", PracticesAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)
api_router.register_endpoint("glossary", GlossaryAPIViewSet)

urlpatterns = [path("api/v2/", api_router.urls)]
