"""The microphone through sounddevice: 48 kHz mono float32 in 20 ms blocks, its level, and recordings.

Blocks of BLOCK samples are what an aiortc audio track sends (20 ms at 48 kHz); on_block gets
each one in PortAudio's thread.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import sounddevice as sd
from PySide6.QtCore import QCoreApplication

from media.errors import DeviceUnavailable

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
BLOCK = 960
"""Samples per block: 20 ms."""
LATENCY = 0.04
"""Seconds of input buffering: separate streams stall at 20 ms and less through PulseAudio's ALSA plugin."""
STALL_SECONDS = 3
"""No block for this long means the device is gone (an idle null sink may wait 2 s at start)."""
SILENCE_DBFS = -90.0
"""The level reported for digital silence or no sound at all."""


@dataclass(frozen=True)
class Level:
    """How loud the microphone was since the level was last asked, in dBFS (0 is full scale)."""

    rms: float
    peak: float


def dbfs(amplitude: float) -> float:
    return max(20 * math.log10(amplitude), SILENCE_DBFS) if amplitude > 0 else SILENCE_DBFS


def device_error(device: int | str | None, error: object) -> DeviceUnavailable:
    return DeviceUnavailable(
        translate(
            "devices",
            "The microphone {name} cannot be used ({error}). Check that it is plugged in, then press"
            " Look again, or choose another microphone.",
        ).format(name=device if device not in (None, "") else translate("devices", "(system default)"), error=error)
    )


class Microphone:
    """An open input stream; device is a sounddevice name or number, None for the system default.

    Raises DeviceUnavailable when it cannot be opened. Any thread may call the methods; close()
    when done.
    """

    def __init__(self, device: int | str | None = None, on_block: Callable[[np.ndarray], None] | None = None) -> None:
        self.device = device
        self._on_block = on_block
        self._lock = threading.Lock()
        self._sum_squares = 0.0
        self._count = 0
        self._peak = 0.0
        self._recording: list[np.ndarray] | None = None
        self._wanted = 0  # samples the recording still needs
        self._recorded = threading.Event()
        self._last_block = time.monotonic()
        self._closing = False
        self._finished = False
        try:
            self._stream = sd.InputStream(
                samplerate=SAMPLE_RATE,
                channels=1,
                dtype="float32",
                blocksize=BLOCK,
                latency=LATENCY,
                device=device,
                callback=self._callback,
                finished_callback=self._on_finished,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as e:
            raise device_error(device, e) from e
        logger.info("microphone open: %s", device if device not in (None, "") else "default")

    def close(self) -> None:
        self._closing = True
        self._stream.abort()
        self._stream.close()
        self._recorded.set()  # a recording waiting ends now

    def level(self) -> Level:
        """The level since the last call (silence if no sound came)."""
        with self._lock:
            rms = math.sqrt(self._sum_squares / self._count) if self._count else 0.0
            peak = self._peak
            self._sum_squares, self._count, self._peak = 0.0, 0, 0.0
        return Level(dbfs(rms), dbfs(peak))

    def record(self, seconds: float, stop: threading.Event | None = None) -> np.ndarray:
        """The next `seconds` of sound, mono float32. Runs in a worker thread (it waits that long).

        Raises DeviceUnavailable if the microphone fails meanwhile; returns what came so far if
        `stop` is set or the microphone is closed.
        """
        with self._lock:
            self._recording, self._wanted = [], round(seconds * SAMPLE_RATE)
            self._recorded.clear()
        length = self._wanted
        try:
            while not self._recorded.wait(0.05):
                problem = self.failure()
                if problem:
                    raise device_error(self.device, problem)
                if stop is not None and stop.is_set():
                    break
            with self._lock:
                blocks = self._recording
            return np.concatenate(blocks)[:length] if blocks else np.zeros(0, np.float32)
        finally:
            with self._lock:
                self._recording = None

    def failure(self) -> str:
        """Why the microphone stopped, or "" while it works."""
        if self._finished:
            return translate("devices", "the microphone stopped")
        if time.monotonic() - self._last_block > STALL_SECONDS:
            return translate("devices", "no sound came from the microphone for {seconds} s").format(
                seconds=STALL_SECONDS
            )
        return ""

    def _on_finished(self) -> None:
        if not self._closing:
            logger.warning("the microphone stream stopped by itself")
            self._finished = True

    def _callback(self, data: np.ndarray, frames: int, timing: Any, status: sd.CallbackFlags) -> None:
        """Take one block. Runs in PortAudio's thread: quick, no waiting."""
        samples = data[:, 0].copy()
        with self._lock:
            self._last_block = time.monotonic()
            self._sum_squares += float(np.dot(samples, samples))
            self._count += frames
            self._peak = max(self._peak, float(np.max(np.abs(samples))) if frames else 0.0)
            if self._recording is not None and not self._recorded.is_set():
                self._recording.append(samples)
                self._wanted -= frames
                if self._wanted <= 0:
                    self._recorded.set()
        if self._on_block is not None:
            self._on_block(samples)
