"""Failure budgets: how many failures (bad tokens, wrong join codes) one address may have in a window.

Only failures count, so the good requests of a school's PCs behind one NAT address cost nothing; an
address over its budget is told how long to wait. Must be used in the event loop.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable


class FailureBudget:
    """At most `allowed` failures per key in any `window` seconds (a sliding window over the last ones)."""

    def __init__(self, allowed: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.allowed = allowed
        self.window = window
        self._clock = clock
        self._failures: dict[Hashable, deque[float]] = {}
        self._pruned = clock()

    def wait(self, key: Hashable) -> float:
        """Seconds until key may fail again; 0 while it is within its budget."""
        times = self._failures.get(key)
        if times is None or len(times) < self.allowed:
            return 0.0
        return max(0.0, times[0] + self.window - self._clock())

    def fail(self, key: Hashable) -> None:
        """Count one failure of key (also one refused for being over the budget: a flood keeps waiting)."""
        now = self._clock()
        self._failures.setdefault(key, deque(maxlen=self.allowed)).append(now)
        if now - self._pruned > self.window:  # forget keys quiet for a window, so memory stays small
            self._pruned = now
            for old in [k for k, times in self._failures.items() if times[-1] + self.window < now]:
                del self._failures[old]
