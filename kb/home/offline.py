"""The service worker that keeps public pages readable offline, and its offline page.

The worker is served from the root of the site so that its scope covers every
page; the script itself lives with the other scripts in ``static/js``, preceded
by the addresses of the offline page in each language, which it stores when it
installs and shows for any page it has no copy of.
"""

import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

SCRIPT = "js/sw.js"


def offline_page_urls():
    """The address of the offline page in each language of the site."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("offline")
    return urls


@require_GET
def service_worker(request):
    path = finders.find(SCRIPT)
    if not path:
        raise Http404(SCRIPT)
    with open(path, encoding="utf-8") as script:
        settings_line = (
            f"const OFFLINE_PAGES = {json.dumps(offline_page_urls())};\n"
            f"const DEFAULT_LANGUAGE = {json.dumps(settings.LANGUAGE_CODE)};\n"
        )
        response = HttpResponse(
            settings_line + script.read(), content_type="text/javascript; charset=utf-8"
        )
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline_page(request):
    """Said, in the reader's language, in place of a page the device holds no copy of."""
    return render(request, "home/offline_page.html")
