"""Tests: fast hashing, immediate tasks, no collectstatic needed."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-output" / "media"  # noqa: F405
# The elastic engine is switched on per test against osmem-server.
ELASTICSEARCH_URL = os.environ.get("TEST_ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = "ancora-test"
ELASTICSEARCH_ANALYZERS = {"nl": "standard", "fr": "french", "en": "english"}

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
