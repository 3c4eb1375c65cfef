"""The camera as aiortc video tracks: one CameraFeed per camera, one CameraTrack per link.

The feed owns the Camera (which reads in its own thread) and keeps only the newest picture; each
track sends that picture at its own link's preset, scaled down to the preset's size and paced to
its frame rate, skipping pictures rather than queueing them. A camera that fails does not end the
tracks: they go on sending the last picture, or a plain dark one if there never was one, so the
peer connection and the sound stay up.
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import time
from collections.abc import Callable

import cv2
import numpy as np
from aiortc import VideoStreamTrack
from aiortc.mediastreams import VIDEO_CLOCK_RATE, MediaStreamError
from av import VideoFrame

from media.camera import Camera, Frame
from media.errors import DeviceUnavailable
from media.event_wait import set_within
from media.quality import HIGH, Preset

logger = logging.getLogger(__name__)

TIME_BASE = fractions.Fraction(1, VIDEO_CLOCK_RATE)
NO_CAMERA_SHADE = 40
"""Grey level of the picture sent when the camera never gave one."""


class CameraFeed:
    """Opens `source` (a camera number or a video file) and keeps its newest frame for the tracks.

    on_failure gets the DeviceUnavailable that stopped the camera, in the event loop. Must be
    created and used in the event loop; close() stops the camera's thread.
    """

    def __init__(self, source: int | str, on_failure: Callable[[DeviceUnavailable], None]) -> None:
        self._loop = asyncio.get_running_loop()
        self._on_failure = on_failure
        self._arrived = asyncio.Event()
        self.failure: DeviceUnavailable | None = None
        """Why the camera stopped, None while it works."""
        self.camera = Camera(source, self._frame_read, self._failed)

    def close(self) -> None:
        self.camera.close()

    def track(self, preset: Preset = HIGH) -> CameraTrack:
        """A new track of this camera for one link."""
        return CameraTrack(self, preset)

    @property
    def latest(self) -> Frame | None:
        return self.camera.latest

    async def newer_than(self, number: int, timeout: float) -> Frame | None:
        """The newest frame once one newer than `number` has come, or whatever is newest after timeout."""
        deadline = self._loop.time() + timeout
        while (latest := self.camera.latest) is None or latest.number <= number:
            left = deadline - self._loop.time()
            if left <= 0:
                break
            if not await set_within(self._arrived, left):
                break
        return self.camera.latest

    def _frame_read(self, frame: Frame) -> None:
        """Runs in the camera's thread."""
        self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        self._arrived.set()
        self._arrived = asyncio.Event()

    def _failed(self, error: DeviceUnavailable) -> None:
        """Runs in the camera's thread."""
        self._loop.call_soon_threadsafe(self._report, error)

    def _report(self, error: DeviceUnavailable) -> None:
        self.failure = error
        self._on_failure(error)


def fit(size: tuple[int, int], preset: Preset) -> tuple[int, int]:
    """The even (width, height) of a picture of `size` scaled down to fit the preset (never up)."""
    width, height = size
    scale = min(preset.width / width, preset.height / height, 1.0)
    return max(round(width * scale) // 2 * 2, 2), max(round(height * scale) // 2 * 2, 2)


class CameraTrack(VideoStreamTrack):
    """One link's video from a CameraFeed. Must be used in the event loop.

    Under a preset without video (AUDIO), recv() waits until the preset has video again: the
    sender then sends nothing while the sound goes on.
    """

    def __init__(self, feed: CameraFeed, preset: Preset) -> None:
        super().__init__()
        self._feed = feed
        self._preset = preset
        self._video_on = asyncio.Event()
        self._start = time.monotonic()
        self._due = self._start
        self._number = -1
        self._picture: np.ndarray | None = None
        self.set_preset(preset)

    @property
    def preset(self) -> Preset:
        return self._preset

    def set_preset(self, preset: Preset) -> None:
        self._preset = preset
        if preset.video:
            self._video_on.set()
        else:
            self._video_on.clear()

    async def recv(self) -> VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        await self._video_on.wait()
        period = 1 / self._preset.fps
        delay = self._due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        frame = await self._feed.newer_than(self._number, timeout=period if self._feed.failure is None else 0)
        now = time.monotonic()
        self._due = max(self._due + period, now)  # late (a busy machine): go on from now, do not rush
        if frame is not None and frame.number != self._number:
            self._number = frame.number
            self._picture = frame.pixels
        video = VideoFrame.from_ndarray(self._scaled(), format="bgr24")
        video.pts = round((now - self._start) * VIDEO_CLOCK_RATE)
        video.time_base = TIME_BASE
        return video

    def _scaled(self) -> np.ndarray:
        if self._picture is None:
            width, height = self._preset.width, self._preset.height
            return np.full((height, width, 3), NO_CAMERA_SHADE, np.uint8)
        height, width = self._picture.shape[:2]
        size = fit((width, height), self._preset)
        if size == (width, height):
            return self._picture
        return cv2.resize(self._picture, size, interpolation=cv2.INTER_AREA)
