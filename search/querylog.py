"""What people search, and what they search without finding anything.

Searches go to Wagtail's own log (``wagtail.contrib.search_promotions``:
``Query`` holds the normalised query string, ``QueryDailyHits`` a count per
day); ``ZeroResultDailyHits`` counts, in the same shape, the searches that
found nothing, so editors can answer them. Nothing identifies the searcher:
no user, address or session is written anywhere.
"""

from functools import partial

from django.db import transaction
from django.db.models import F, Max, Sum
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from .models import ZeroResultDailyHits
from .text import clean_query


def record_search(text, total):
    """Count one search for ``text``, and one without results when ``total`` is 0.

    The rows are written once the request's own transaction has committed,
    so a search never holds a write lock while it is answered, and a log that
    cannot be written (a locked database) is logged instead of failing the
    search.
    """
    query_string = normalise_query_string(clean_query(text))
    if query_string:
        transaction.on_commit(partial(_count, query_string, not total), robust=True)


def _count(query_string, found_nothing):
    today = timezone.localdate()
    query = Query.get(query_string)
    query.add_hit(today)
    if found_nothing:
        day, _created = ZeroResultDailyHits.objects.get_or_create(query=query, date=today)
        ZeroResultDailyHits.objects.filter(pk=day.pk).update(hits=F("hits") + 1)


def unanswered_queries():
    """Logged queries that found nothing, the most often first, with their last day."""
    return (
        Query.objects.filter(zero_result_hits__isnull=False)
        .annotate(
            zero_result_count=Sum("zero_result_hits__hits"),
            last_searched=Max("zero_result_hits__date"),
        )
        .order_by("-zero_result_count", "-last_searched", "query_string")
    )
