"""The pages the benchmark visits, chosen the same way by the runner and the tests."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from kb.home.models import HomePage, StandardPage
from practices.models import PracticeIndexPage, PracticePage

LANGUAGE = "fr"
FACETS = [("domain", "socio-cultural-participation"), ("city", "namur")]
QUERIES = {
    "fr": ["atelier", "locataires", "quartier", "groupe", "partenaire", "ville", "guitare", "vélo"],
    "nl": ["atelier", "huurders", "buurt", "groep", "partner", "stad", "gitaar", "fiets"],
    "en": ["workshop", "tenants", "neighbourhood", "group", "partner", "city", "guitar", "bike"],
}


def search_urls(language=LANGUAGE, facets=FACETS, with_query=True):
    with translation.override(language):
        base = reverse("search:search")
    params = list(facets)
    if not with_query:
        return [f"{base}?{urlencode(params)}"]
    return [f"{base}?{urlencode([('q', q), *params])}" for q in QUERIES[language]]


def suggest_urls(language=LANGUAGE, lengths=(2, 4)):
    """What the search box asks while someone types the queries: their first letters."""
    with translation.override(language):
        base = reverse("search:suggest")
    typed = dict.fromkeys(q[:n] for q in QUERIES[language] for n in lengths)
    return [f"{base}?{urlencode({'q': prefix})}" for prefix in typed]


def peer_urls(language=LANGUAGE):
    return [f"/bench/peer/?{urlencode({'q': q})}" for q in QUERIES[language]]


def sheet_urls(language=LANGUAGE, count=200):
    """``count`` sheets spread evenly over the tree, the same ones for the same corpus."""
    sheets = PracticePage.objects.live().filter(locale__language_code=language).order_by("path")
    total = sheets.count()
    step = max(1, total // count)
    picked = list(sheets.values_list("pk", flat=True)[::step][:count])
    return [page.get_url() for page in PracticePage.objects.filter(pk__in=picked).order_by("path")]


def page_urls(language=LANGUAGE, facets=FACETS):
    """One URL per page type, for query counts and single-page checks."""
    locale = Locale.objects.get(language_code=language)
    home = HomePage.objects.filter(locale=locale).first()
    index = PracticeIndexPage.objects.filter(locale=locale).first()
    simplest = StandardPage.objects.live().filter(locale=locale).order_by("path").first()
    return {
        "home": home.get_url(),
        "page": simplest.get_url(),
        "practice_index": f"{index.get_url()}?{urlencode(facets)}",
        "practice_sheet": sheet_urls(language, 1)[0],
        "search": search_urls(language, facets)[0],
        "browse": search_urls(language, facets, with_query=False)[0],
    }
