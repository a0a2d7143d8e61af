"""Settings shared by every environment.

Safe by default: no secret, DEBUG off. Environments override in dev, test and
production; everything deployment-specific is read from the environment.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "kb.home",
    "kb.taxonomy",
    "kb.glossary",
    "kb.people",
    "kb.operations",
    "kb.onboarding",
    "kb.pagecache",
    "kb.api",
    "kb.partners",
    "practices",
    "intervision",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's admin says "50 seconds ago" through humanize; installed, its catalogues load.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost, so redirects and error pages made by the middleware below carry them too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "kb.operations.middleware.AdminContentSecurityPolicyMiddleware",
    "kb.operations.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "kb.operations.bad_input.BadInputMiddleware",
    "kb.home.language_cookie.RememberLanguageMiddleware",
    "kb.pagecache.middleware.AnonymousPageCacheMiddleware",
    "kb.pagecache.routing.CachedRoutingMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "kb.operations.middleware.PrivateForMembersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "kb.operations.middleware.DatabaseUnavailableMiddleware",
    "kb.operations.bad_input.MalformedFormMiddleware",
    "kb.operations.sqlite_reads.ReadsWithoutTheWriteLockMiddleware",
    "intervision.admin_guard.SessionGuardMiddleware",
]

ROOT_URLCONF = "kb.urls"
WSGI_APPLICATION = "kb.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

SQLITE_BUSY_TIMEOUT_SECONDS = 20


def database_from_url(url):
    """The connection settings for ``url``; SQLite is tuned for concurrent workers.

    WAL lets readers go on while one writer writes; writing transactions take the
    write lock when they begin (``IMMEDIATE``), so two of them wait for each other
    for up to the busy timeout instead of failing at once with "database is locked".
    Requests that only read begin deferred transactions (``kb.operations.sqlite_reads``).
    """
    database = dj_database_url.parse(
        url,
        # A worker keeps its connection, and with it SQLite's page cache, between requests.
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    # A request that fails half-way (database locked, connection lost) leaves nothing half-saved.
    database["ATOMIC_REQUESTS"] = True
    if database["ENGINE"].endswith("sqlite3"):
        # SQLite's default page cache is 2 MB: a search over a large corpus would
        # re-read its index pages on every statement. 64 MB of cache and a memory
        # map keep the working set in each worker.
        database.setdefault("OPTIONS", {}).update(
            {
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": SQLITE_BUSY_TIMEOUT_SECONDS,
            }
        )
    return database


DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SERIALIZATION_MODULES = {"precise-json": "kb.operations.precise_json"}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Login lockout: ten failures are answered as usual; the eleventh locks the sign-in (axes
# counts the failure that triggers the lock). What is locked is a user name tried from one
# address: an attacker elsewhere, even behind the same proxy, cannot lock a coach out.
# Every login form (site, Wagtail admin, Django admin) feeds the same counter.
AXES_FAILURE_LIMIT = 11
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]


def client_address_settings(proxy_count):
    """How axes finds the client's address behind ``proxy_count`` reverse proxies.

    The nearest proxy is REMOTE_ADDR; X-Forwarded-For lists the client and the
    proxies before it, the client's own address appended by the first proxy.
    Without a proxy the header is the client's own claim and is ignored.
    """
    return {
        "AXES_IPWARE_PROXY_ORDER": "right-most",
        "AXES_IPWARE_PROXY_COUNT": max(proxy_count - 1, 0),
        "AXES_IPWARE_META_PRECEDENCE_ORDER": (
            ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if proxy_count else ["REMOTE_ADDR"]
        ),
    }


globals().update(client_address_settings(int(os.environ.get("PROXY_COUNT", "0"))))
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "en"
LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Whitenoise serves no media: the application serves uploaded images itself unless
# SERVE_MEDIA=false says a proxy or an object store does (see compose.yaml).
SERVE_MEDIA_IMAGES = os.environ.get("SERVE_MEDIA", "true").lower() != "false"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        # Room for the fragments of a few thousand pages per worker (the default is 300).
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
}

# Background work (e-mail, and what the apps enqueue): run at once in development and
# tests; production queues it in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Messages are queued as tasks; the delivery backend is the one that sends them.
EMAIL_BACKEND = "kb.operations.mail.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"

WAGTAIL_SITE_NAME = "Ancora"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kb.operations.search_backend"}}
# Uploads: a closed list of types (no SVG or HTML, which could carry scripts) and a size cap.
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "odt", "docx", "xlsx", "ods", "pptx", "odp", "txt", "csv",
    "mp3", "m4a", "ogg", "mp4", "webm",
]  # fmt: skip
# Says so when the reset e-mail cannot be sent.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "kb.people.password_reset.PasswordResetForm"  # noqa: S105
WAGTAILDOCS_DOCUMENT_FORM_BASE = "kb.operations.uploads.DocumentUploadForm"
DOCUMENT_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_SIZE", 50 * 1024 * 1024))
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from a third party: that would send members' e-mail hashes off-site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
# Approving the last task of a workflow publishes, whatever page permissions the reviewer has.
WAGTAIL_FINISH_WORKFLOW_ACTION = "kb.people.review.publish_approved"
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "kb.operations.rich_text.ReadableDraftailRichTextArea"}
}
TAGGIT_CASE_INSENSITIVE = True

# Search: the embedded database engine unless a cluster URL is given.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "ancora")
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "2"))
# After a timeout or a connection error the cluster is left alone for this many seconds.
ELASTICSEARCH_COOLOFF = float(os.environ.get("ELASTICSEARCH_COOLOFF", "30"))
# Import path of an elastic_transport node class; empty for the client's default.
ELASTICSEARCH_NODE_CLASS = os.environ.get("ELASTICSEARCH_NODE_CLASS", "")
# Analyzer per content language; a real cluster has "dutch", osmem-server does not.
ELASTICSEARCH_ANALYZERS = {
    "nl": os.environ.get("ELASTICSEARCH_ANALYZER_NL", "dutch"),
    "fr": os.environ.get("ELASTICSEARCH_ANALYZER_FR", "french"),
    "en": os.environ.get("ELASTICSEARCH_ANALYZER_EN", "english"),
}

# Days the log of searches (and of searches without results) keeps a query.
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "90"))

# Intervision notes older than this are archived by `manage.py archive_sessions`.
SESSION_NOTES_RETENTION_MONTHS = int(os.environ.get("SESSION_NOTES_RETENTION_MONTHS", "24"))

# Security headers that hold in every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's preview views allow framing by the admin themselves; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin needs inline styles and scripts; the public site does not. Everything
# else stays on this origin, and only the admin frames its own previews.
ADMIN_URL_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"ancora": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
