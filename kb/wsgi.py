"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

from dotenv import load_dotenv

load_dotenv()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb.settings.production")

application = get_wsgi_application()
