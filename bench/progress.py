"""A one-line progress bar with rate and time left, for long bulk jobs."""

import sys
import time


class ProgressBar:
    def __init__(self, total, label, stream=None, width=30):
        self.total = max(total, 1)
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.done = 0
        self.started = time.monotonic()

    def advance(self, step):
        self.done += step
        self._draw(end="")

    def finish(self):
        self._draw(end="\n")

    def _draw(self, end):
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        filled = int(self.width * self.done / self.total)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(
            f"\r{self.label} [{bar}] {self.done}/{self.total} {rate:,.0f}/s ETA {left:.0f}s{end}"
        )
        self.stream.flush()
