"""Logging a repeated failure once per address and window, with how many like it were left out.

A client sending a thousand bad tokens a second must not fill the hub's disk with a thousand log lines.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from typing import Any


class QuietLog:
    """Writes one warning per key per `window` seconds; the next one says how many were left out meanwhile."""

    def __init__(self, logger: logging.Logger, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._logger = logger
        self._window = window
        self._clock = clock
        self._since: dict[Hashable, tuple[float, int]] = {}
        """Per key: when its last line was written, and how many were left out since."""
        self._pruned = clock()

    def warning(self, key: Hashable, message: str, *args: Any) -> None:
        now = self._clock()
        since, left_out = self._since.get(key, (now - self._window, 0))
        if now - since < self._window:
            self._since[key] = (since, left_out + 1)
            return
        if left_out:
            message += " (and %d more like it in the %d s before, not logged)"
            args = (*args, left_out, round(now - since))
        self._logger.warning(message, *args)
        self._since[key] = (now, 0)
        if now - self._pruned > self._window:  # forget keys quiet for two windows, so memory stays small
            self._pruned = now
            for old in [k for k, (t, _) in self._since.items() if now - t > 2 * self._window]:
                del self._since[old]
