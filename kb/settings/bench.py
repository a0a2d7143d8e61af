"""The benchmark: production settings on loopback, plus two bench-only views.

Everything production reads from the environment gets a harmless local default
here, so ``make bench`` runs from a fresh clone; nothing else differs from
production (DEBUG off, manifest static files, the full middleware stack).
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-deployment-0123456789abcdef")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/ancora-bench.sqlite3")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from .production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
# Plain HTTP on loopback: secure-only cookies would never come back to the server.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
# osmem-server stands in for the cluster here; a real cluster needs neither line.
ELASTICSEARCH_NODE_CLASS = os.environ.get("BENCH_ELASTIC_NODE", "")
