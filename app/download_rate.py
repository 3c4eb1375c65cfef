"""How fast videos are arriving: the bytes received over the last seconds."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW = 20.0
"""Seconds of progress the rate is measured over."""
STALE = 5.0
"""With nothing received for this long more than twice the usual gap, downloads are not going on."""


class DownloadRate:
    """A growing count of bytes received against time: the rate, and the wait for more bytes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()

    def record(self, received: int) -> None:
        """The count now; kept only when it grew, so the last sample is when bytes last came."""
        if self._samples and received <= self._samples[-1][1]:
            return
        now = self._clock()
        self._samples.append((now, received))
        while len(self._samples) > 2 and now - self._samples[1][0] > WINDOW:
            self._samples.popleft()

    def per_second(self) -> float | None:
        """Bytes a second, or None when it cannot be told (just started, or stopped)."""
        if len(self._samples) < 2:
            return None
        (first_at, first), (last_at, last) = self._samples[0], self._samples[-1]
        usual = (last_at - first_at) / (len(self._samples) - 1)  # pieces come seconds apart on a slow link
        if last_at <= first_at or self._clock() - last_at > STALE + 2 * usual:
            return None
        return (last - first) / (last_at - first_at)

    def seconds_for(self, count: int) -> float | None:
        """Seconds until `count` more bytes are received at this rate; None if unknown."""
        rate = self.per_second()
        return None if rate is None else count / rate
