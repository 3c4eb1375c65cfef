"""Running one async step again and again: at a steady pace when it works, backing off when not."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence

from media.event_wait import set_within


def jittered(seconds: float) -> float:
    """seconds ±20%, so that a school of PCs does not knock on the hub in step."""
    return seconds * random.uniform(0.8, 1.2)


def backoff_delay(backoff: Sequence[float], failures: int) -> float:
    """The jittered wait after the failures-th failure in a row: backoff[failures-1], the last one repeating."""
    return jittered(backoff[min(failures, len(backoff)) - 1])


class Repeater:
    """Calls step() forever; step returns whether it worked.

    After success it waits `idle` seconds (None: until woken); after the n-th failure in a row it
    waits backoff[n-1] seconds (the last one repeats), each wait jittered (backoff_delay, jittered).
    wake() cuts any wait short. Must be used in the event loop.
    """

    def __init__(self, step: Callable[[], Awaitable[bool]], idle: float | None, backoff: Sequence[float]) -> None:
        self._step = step
        self._idle = idle
        self._backoff = backoff
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        failures = 0
        while True:
            self._wake.clear()
            failures = 0 if await self._step() else failures + 1
            if failures:
                timeout: float | None = backoff_delay(self._backoff, failures)
            else:
                timeout = None if self._idle is None else jittered(self._idle)
            await set_within(self._wake, timeout)
