"""Keeping downloads out of a live lesson's way: a bandwidth cap and a daily download window."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta

# the most a capped download may take at once; also the cap's burst
BURST = 64 * 1024


class Pausable:
    """Work that pause() holds (a live lesson needs the link) until resume(); it waits on self._running."""

    def __init__(self) -> None:
        self._running = asyncio.Event()
        self._running.set()

    def pause(self) -> None:
        """Hold the work; a connection in use is kept."""
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()


class TokenBucket:
    """A bandwidth cap in bytes per second (0: none). Must be used in the event loop."""

    def __init__(self, rate: int, burst: int = BURST, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._last = clock()

    async def take(self, count: int) -> None:
        """Account for count bytes just received; sleep as long as that puts us over the cap."""
        if self.rate <= 0:
            return
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate) - count
        self._last = now
        if self._tokens < 0:
            await asyncio.sleep(-self._tokens / self.rate)


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def seconds_until_open(window: str, now: datetime) -> float:
    """0 if downloads may run at now, else the seconds until they may.

    window is "HH:MM-HH:MM" (validated by app.config), "" for any time; when the end comes
    before the start the window crosses midnight ("18:00-07:00": evenings and nights).
    """
    if not window:
        return 0.0
    start, end = (_minutes(part) for part in window.split("-"))
    minute = now.hour * 60 + now.minute
    inside = start <= minute < end if start < end else minute >= start or minute < end
    if inside or start == end:
        return 0.0
    opening = now.replace(hour=start // 60, minute=start % 60, second=0, microsecond=0)
    if opening <= now:
        opening += timedelta(days=1)
    return (opening - now).total_seconds()
