"""A remote aiortc video track read into the newest numpy picture, for the screens."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable

import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

logger = logging.getLogger(__name__)

FPS_WINDOW = 2.0
"""Seconds over which the received frame rate is counted."""


class VideoSink:
    """Reads `track` in a task of the event loop; keeps the newest picture as a BGR uint8 array.

    on_frame(pixels) is called in the event loop for every picture (quick: hand it to the screen).
    Must be created in the event loop; close() stops reading.
    """

    def __init__(self, track: MediaStreamTrack, on_frame: Callable[[np.ndarray], None] | None = None) -> None:
        self.track = track
        self._on_frame = on_frame
        self.latest: np.ndarray | None = None
        """The newest picture (height × width × 3, BGR), None before the first."""
        self.frames = 0
        """Pictures received so far."""
        self._times: deque[float] = deque()
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

    async def _read(self) -> None:
        while True:
            try:
                frame = await self.track.recv()
            except MediaStreamError:
                return
            self.latest = frame.to_ndarray(format="bgr24")
            self.frames += 1
            now = time.monotonic()
            self._times.append(now)
            self._forget_before(now - FPS_WINDOW)
            if self._on_frame is not None:
                self._on_frame(self.latest)
