"""Waiting for an asyncio.Event for a while, in a way that a cancellation is never lost.

Python 3.11's asyncio.wait_for returns the awaited result when the task is cancelled just as that
result comes (an event set in the same loop turn): the cancellation is dropped. A sender's track
whose recv() does that goes on sending after aiortc cancelled it, and the peer connection's close()
waits for it for ever. asyncio.timeout delivers the cancellation.
"""

from __future__ import annotations

import asyncio
import contextlib


async def set_within(event: asyncio.Event, seconds: float | None) -> bool:
    """Wait until the event is set, for `seconds` at most (None: no limit); whether it is set."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()
    return event.is_set()
