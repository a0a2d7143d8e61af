from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve as serve_media

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kb.home.offline import offline_page, service_worker
from kb.home.sitemap import MultilingualSitemap
from kb.partners.sitemap import CitySitemap
from kb.people import views as people_views
from kb.people.password_reset import PasswordResetView
from search import suggest as search_suggest
from search import views as search_views

urlpatterns = [
    path(
        "admin/password_reset/",
        PasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    # Before Wagtail's admin: the admin views the access policy of sessions takes over.
    path("admin/", include("intervision.admin_urls")),
    path("admin/", include("kb.operations.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Read-only JSON for other sites, in the negotiated language like /search/.
    path("", include("kb.api.urls")),
    # /search/ without a language prefix, the address integrations rely on, answers in the
    # negotiated language.
    path("search/", search_views.search, name="search_negotiated"),
    path("search/suggest/", search_suggest.suggest, name="suggest_negotiated"),
    path("sw.js", service_worker, name="service_worker"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap, "cities": CitySitemap}},
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

urlpatterns += i18n_patterns(
    path("login/", people_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("search/", include("search.urls")),
    path("intervision/", include("intervision.urls")),
    path("onboarding/", include("kb.onboarding.urls")),
    path("cities/", include("kb.partners.urls")),
    path("offline/", offline_page, name="offline"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA_IMAGES:
    # Images only: documents go through /documents/, which checks who may read them.
    urlpatterns = [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>(?:original_images|images)/.+)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        ),
        *urlpatterns,
    ]
