"""A worker's own copies of the shared cache's latest fragments.

The keys carry the content generation, read once per request, so a copy is
never served after a change; each copy keeps the lifetime the shared cache gave
it. Copies are held pickled, as the cache holds them: a caller that changes
what it got cannot change what the next request gets.
"""

import pickle
import threading
import time
from collections import OrderedDict


class LocalCopies:
    def __init__(self, entries):
        self.entries = entries
        self._copies = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            copy = self._copies.get(key)
            if copy is None:
                return None
            expires, pickled = copy
            if time.monotonic() >= expires:
                del self._copies[key]
                return None
            self._copies.move_to_end(key)
        return pickle.loads(pickled)  # noqa: S301 - written by this process only

    def keep(self, key, value, seconds):
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._copies[key] = (time.monotonic() + seconds, pickled)
            self._copies.move_to_end(key)
            while len(self._copies) > self.entries:
                self._copies.popitem(last=False)
