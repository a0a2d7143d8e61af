"""A circuit breaker in front of the search cluster.

A cluster that hangs would cost every search and every publish its full
timeout. After one timeout or connection error the breaker opens: for
``ELASTICSEARCH_COOLOFF`` seconds the cluster is not asked at all (searches
answer from the database, changes stay pending). Then a single request probes
it: success closes the breaker, another failure opens it again. The state
lives in the default cache, so workers sharing Redis share it.
"""

import time

from django.conf import settings
from django.core.cache import cache

from elastic_transport import ConnectionError, ConnectionTimeout

OPENED_AT = "ancora:search-breaker:opened-at"
PROBING = "ancora:search-breaker:probing"


def cooloff():
    return float(settings.ELASTICSEARCH_COOLOFF)


def is_fault(error):
    """A cluster that does not answer, as opposed to one that answers with an error."""
    return isinstance(error, ConnectionError | ConnectionTimeout)


def allows():
    """Whether this request may talk to the cluster now."""
    opened_at = cache.get(OPENED_AT)
    if opened_at is None:
        return True
    if time.time() < opened_at + cooloff():
        return False
    # The cool-off is over: one request probes, the others keep to the database.
    return cache.add(PROBING, True, timeout=max(cooloff(), 1))


def seconds_left():
    """How long the cluster is still left alone (0 when the breaker is closed or probing)."""
    opened_at = cache.get(OPENED_AT)
    if opened_at is None:
        return 0
    return max(0, int(opened_at + cooloff() - time.time()))


def trip():
    cache.set(OPENED_AT, time.time(), timeout=None)
    cache.delete(PROBING)


def close():
    if cache.get(OPENED_AT) is not None:
        cache.delete_many([OPENED_AT, PROBING])
