"""How fast a video is arriving, measured from its verified bytes over the last seconds."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW = 20.0
"""Seconds of progress the rate is measured over."""
STALE = 5.0
"""With no bytes for this long the download is not going on: no rate."""


class DownloadRate:
    """Verified bytes of one video against time; the rate and the wait for a number of bytes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()

    def record(self, verified: int) -> None:
        now = self._clock()
        if self._samples and verified < self._samples[-1][1]:
            self._samples.clear()  # started over (a new version)
        self._samples.append((now, verified))
        while len(self._samples) > 2 and now - self._samples[1][0] > WINDOW:
            self._samples.popleft()

    def per_second(self) -> float | None:
        """Bytes a second, or None when it cannot be told (just started, or stopped)."""
        if len(self._samples) < 2 or self._clock() - self._samples[-1][0] > STALE:
            return None
        (first_at, first), (last_at, last) = self._samples[0], self._samples[-1]
        return (last - first) / (last_at - first_at) if last > first and last_at > first_at else None

    def seconds_until(self, needed: int) -> float | None:
        """Seconds until `needed` bytes from the start are verified at this rate; None if unknown."""
        rate = self.per_second()
        if rate is None:
            return None
        return max(needed - self._samples[-1][1], 0) / rate
