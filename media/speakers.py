"""Sound out through sounddevice; how much of it has been heard is the player's clock."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from typing import Any

import numpy as np
import sounddevice as sd
from PySide6.QtCore import QCoreApplication

from media.decoder import SAMPLE_RATE
from media.errors import DeviceUnavailable

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

LATENCY = 0.1
"""Seconds of output buffering: through PulseAudio's ALSA plugin 20 ms and less stall."""
STALL_SECONDS = 3
"""No callback for this long means the device is gone (a null sink may idle for 2 s at start)."""


def device_error(error: object) -> DeviceUnavailable:
    return DeviceUnavailable(
        translate(
            "player",
            "The speakers cannot be used ({error}). The video goes on without sound; check that"
            " speakers or headphones are plugged in, or choose others in IT setup.",
        ).format(error=error)
    )


class Speakers:
    """A sounddevice output stream fed from a queue of samples, playing silence when it runs dry.

    The clock is the sample being heard now: the start of the last buffer handed to the device,
    minus the device's delay, plus the time since; it never passes the last sample handed over,
    so it stands still while paused or starved. Any thread may call the methods.
    """

    def __init__(self, channels: int, device: int | str | None = None) -> None:
        self._lock = threading.Lock()
        self._queue: deque[np.ndarray] = deque()
        self._queued = 0
        self._next_pts = 0.0  # pts of the first queued sample
        self._handed = (0.0, 0.0, time.monotonic(), 0.0)  # start pts, end pts, when, device delay
        self._floor = 0.0
        self._playing = False
        self._volume = 1.0
        self._last_callback = time.monotonic()
        self._closing = False
        self._finished = False
        try:
            self._stream = sd.OutputStream(
                samplerate=SAMPLE_RATE,
                channels=channels,
                dtype="float32",
                latency=LATENCY,
                device=device,
                callback=self._callback,
                finished_callback=self._on_finished,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as e:
            raise device_error(e) from e
        logger.info("speakers open: %s, %d channel(s), %.0f ms", device or "default", channels, LATENCY * 1000)

    def close(self) -> None:
        self._closing = True
        self._stream.abort()
        self._stream.close()

    def push(self, pts: float, samples: np.ndarray) -> None:
        """Queue samples that start at pts. Runs in the decode thread."""
        with self._lock:
            if not self._queued:
                self._next_pts = pts
            self._queue.append(samples)
            self._queued += len(samples)

    def reset(self, pts: float) -> None:
        """Drop the queued sound; the clock stands at pts until new sound is heard."""
        with self._lock:
            self._queue.clear()
            self._queued = 0
            self._next_pts = self._floor = pts
            self._handed = (pts, pts, time.monotonic(), 0.0)

    def set_playing(self, playing: bool) -> None:
        self._playing = playing

    def set_volume(self, volume: float) -> None:
        self._volume = volume

    @property
    def queued(self) -> float:
        """Seconds of sound waiting to be handed to the device."""
        return self._queued / SAMPLE_RATE

    @property
    def horizon(self) -> float:
        with self._lock:
            return self._next_pts + self._queued / SAMPLE_RATE

    def now(self) -> float:
        with self._lock:
            start, end, when, delay = self._handed
            self._floor = max(self._floor, min(start - delay + time.monotonic() - when, end))
            return self._floor

    def failure(self) -> str:
        """Why the device stopped playing, or "" while it works."""
        if self._finished:
            return translate("player", "the sound output stopped")
        if time.monotonic() - self._last_callback > STALL_SECONDS:
            return translate("player", "the sound output took nothing for {seconds} s").format(seconds=STALL_SECONDS)
        return ""

    def _on_finished(self) -> None:
        if not self._closing:
            logger.warning("the sound output stream stopped by itself")
            self._finished = True

    def _callback(self, out: np.ndarray, frames: int, timing: Any, status: sd.CallbackFlags) -> None:
        """Fill the device's buffer. Runs in PortAudio's thread: quick, no waiting."""
        now = time.monotonic()
        with self._lock:
            self._last_callback = now
            filled = 0
            while self._playing and self._queue and filled < frames:
                chunk = self._queue[0]
                take = min(len(chunk), frames - filled)
                out[filled : filled + take] = chunk[:take]
                if take == len(chunk):
                    self._queue.popleft()
                else:
                    self._queue[0] = chunk[take:]
                filled += take
            if filled:
                delay = timing.outputBufferDacTime - timing.currentTime
                # some hosts report no timing; their configured latency is the best guess then
                if not 0 < delay < 2:
                    delay = self._stream.latency
                start = self._next_pts
                self._next_pts += filled / SAMPLE_RATE
                self._queued -= filled
                self._handed = (start, self._next_pts, now, delay)
        out[filled:] = 0
        if filled:
            out[:filled] *= self._volume
