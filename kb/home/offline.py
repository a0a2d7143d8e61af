"""The service worker that keeps public pages readable offline.

It is served from the root of the site so that its scope covers every page;
the script itself lives with the other scripts in ``static/js``.
"""

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

SCRIPT = "js/sw.js"


@require_GET
def service_worker(request):
    path = finders.find(SCRIPT)
    if not path:
        raise Http404(SCRIPT)
    with open(path, encoding="utf-8") as script:
        response = HttpResponse(script.read(), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response
