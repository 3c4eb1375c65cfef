"""A remote aiortc video track read into the newest numpy picture, for the screens.

Only the newest picture is shown: aiortc queues every decoded frame without bound, and a screen that
shows each in turn falls seconds behind when the PC is busy (the frames come faster than they are
shown). The track is read as fast as frames come; a frame not shown yet when a newer one arrives is
passed over (counted in dropped).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable

import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import VideoFrame

logger = logging.getLogger(__name__)

FPS_WINDOW = 2.0
"""Seconds over which the received frame rate is counted."""


class VideoSink:
    """Reads `track` in a task of the event loop; keeps the newest picture as a BGR uint8 array.

    on_frame(pixels) is called in the event loop with the newest picture each time the loop gets to it
    (older ones not shown yet are passed over). Must be created in the event loop; close() stops reading.
    """

    def __init__(self, track: MediaStreamTrack, on_frame: Callable[[np.ndarray], None] | None = None) -> None:
        self.track = track
        self._on_frame = on_frame
        self.latest: np.ndarray | None = None
        """The newest picture (height × width × 3, BGR), None before the first."""
        self.frames = 0
        """Pictures received so far."""
        self.dropped = 0
        """Pictures received but passed over for a newer one before they were shown."""
        self._times: deque[float] = deque()
        self._waiting: VideoFrame | None = None
        self._showing: asyncio.Handle | None = None
        self._task = asyncio.create_task(self._read(), name=f"video-sink-{track.id}")

    @property
    def fps(self) -> float:
        """Pictures per second received over the last FPS_WINDOW seconds."""
        self._forget_before(time.monotonic() - FPS_WINDOW)
        return len(self._times) / FPS_WINDOW

    def _forget_before(self, moment: float) -> None:
        while self._times and self._times[0] < moment:
            self._times.popleft()

    async def close(self) -> None:
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        if self._showing is not None:
            self._showing.cancel()
            self._showing = None

    async def _read(self) -> None:
        """Take every frame as it comes (recv returns at once while aiortc has more queued), keep the newest."""
        loop = asyncio.get_running_loop()
        while True:
            try:
                frame = await self.track.recv()
            except MediaStreamError:
                return
            assert isinstance(frame, VideoFrame), "a video track gives video frames"
            self.frames += 1
            now = time.monotonic()
            self._times.append(now)
            self._forget_before(now - FPS_WINDOW)
            if self._waiting is not None:
                self.dropped += 1
            self._waiting = frame
            if self._showing is None:  # shown once the frames queued now are all taken
                self._showing = loop.call_soon(self._show)

    def _show(self) -> None:
        frame, self._waiting, self._showing = self._waiting, None, None
        assert frame is not None, "shown only when a frame waits"
        self.latest = frame.to_ndarray(format="bgr24")
        if self._on_frame is not None:
            self._on_frame(self.latest)
