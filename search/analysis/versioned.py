"""A value each process builds once, until the data it comes from changes.

A token in the shared cache names the current version; writers replace it.
Without a shared cache (one process's memory), other workers rebuild at the
latest after ``MAX_AGE_SECONDS``.
"""

import time
import uuid

from django.core.cache import cache

from kb.pagecache.per_request import forget, remembered

MAX_AGE_SECONDS = 60


class ProcessCopy:
    def __init__(self, name, build):
        self.key = f"ancora:search:{name}-version"
        self.build = build
        self.version = None
        self.built_at = 0.0
        self.value = None

    def token(self):
        return remembered(self.key, self._read_token)

    def _read_token(self):
        token = cache.get(self.key)
        if token is None:
            cache.add(self.key, uuid.uuid4().hex, timeout=None)
            token = cache.get(self.key)
        return token

    def changed(self, update=None):
        """The source changed: every process builds the value again on its next use.

        ``update(value)``, when given, brings this process's copy up to date
        in place instead, so it need not be built again.
        """
        token = uuid.uuid4().hex
        cache.set(self.key, token, timeout=None)
        forget(self.key)
        if update is not None and self.value is not None:
            update(self.value)
            self.version = token

    def get(self):
        wanted = self.token()
        if self.version != wanted or time.monotonic() - self.built_at > MAX_AGE_SECONDS:
            self.value = self.build()
            self.version, self.built_at = wanted, time.monotonic()
        return self.value
