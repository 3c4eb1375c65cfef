"""Waiting for an asyncio.Event with a time limit, and being cancelled meanwhile."""

from __future__ import annotations

import asyncio

from media.camera_track import CameraFeed
from media.event_wait import set_within


async def test_a_cancellation_as_the_event_is_set_is_kept() -> None:
    """A sender's track cancelled (its link closing) as its next block arrives must end: aiortc's close
    waits for it, and a lost cancellation left a live lesson's link, and a test, hanging for good."""
    event = asyncio.Event()
    waiting = asyncio.get_running_loop().create_task(set_within(event, 600))
    await asyncio.sleep(0.01)
    event.set()
    waiting.cancel()
    done, _ = await asyncio.wait([waiting], timeout=5)
    assert done and waiting.cancelled()


async def test_it_says_whether_the_event_was_set_in_time() -> None:
    event = asyncio.Event()
    assert not await set_within(event, 0.01)
    asyncio.get_running_loop().call_later(0.01, event.set)
    assert await set_within(event, 5)


async def test_a_camera_track_cancelled_as_a_picture_comes_ends(feed: CameraFeed) -> None:
    """What the tracks of a closing link do (the microphone's waits the same way)."""
    waiting = asyncio.get_running_loop().create_task(feed.newer_than(10**9, 600))  # a picture never here
    await asyncio.sleep(0.05)
    feed._arrived.set()  # white box: a picture lands, as the camera's thread says it, as the link closes
    waiting.cancel()
    done, _ = await asyncio.wait([waiting], timeout=5)
    assert done and waiting.cancelled()
