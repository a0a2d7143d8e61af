"""What people search, and what they search without finding anything.

Searches go to Wagtail's own log (``wagtail.contrib.search_promotions``:
``Query`` holds the normalised query string, ``QueryDailyHits`` a count per
day); ``ZeroResultDailyHits`` counts, in the same shape, the searches that
found nothing, so editors can answer them. Nothing identifies the searcher:
no user, address or session is written anywhere. Nor does the log keep whom a
search was about: a query that names a person (the privacy check an app above
search registers with ``keep_out_of_the_log``) is not written, and every entry
is forgotten after ``SEARCH_LOG_RETENTION_DAYS``.
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Max, Sum
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import ZeroResultDailyHits
from .text import clean_query

_privacy_checks = []


def keep_out_of_the_log(names_a_person):
    """``names_a_person(text) -> bool``: searches it flags are never written to the log."""
    if names_a_person not in _privacy_checks:
        _privacy_checks.append(names_a_person)


def record_search(text, total):
    """Count one search for ``text``, and one without results when ``total`` is 0.

    The rows are written once the request's own transaction has committed,
    so a search never holds a write lock while it is answered, and a log that
    cannot be written (a locked database) is logged instead of failing the
    search. The query is checked as typed, before it is lowered.
    """
    query_string = normalise_query_string(clean_query(text))
    if query_string and not any(check(text) for check in _privacy_checks):
        transaction.on_commit(partial(_count, query_string, not total), robust=True)


def forget_old_searches(today=None):
    """Delete the log's days older than the retention period, then the queries left without."""
    today = today or timezone.localdate()
    oldest = today - timedelta(days=settings.SEARCH_LOG_RETENTION_DAYS)
    QueryDailyHits.objects.filter(date__lt=oldest).delete()
    ZeroResultDailyHits.objects.filter(date__lt=oldest).delete()
    Query.objects.filter(
        daily_hits__isnull=True, zero_result_hits__isnull=True, editors_picks__isnull=True
    ).delete()


def _count(query_string, found_nothing):
    today = timezone.localdate()
    # Once a day (per cache) the first search written also clears what has expired.
    if cache.add(f"search-log-forgotten:{today}", True, timeout=24 * 60 * 60):
        forget_old_searches(today)
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
