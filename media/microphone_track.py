"""The microphone as an aiortc audio track: 20 ms frames of 48 kHz mono s16, as aiortc's Opus wants.

PortAudio's thread puts each 20 ms block into a short queue that drops its oldest block when the
sender falls behind; recv() takes them in the event loop. Muted, or with the microphone silent
(stopped, unplugged), the track sends silence at the same pace, so the peer connection stays up.
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import threading
import time
from collections import deque

import numpy as np
from aiortc import AudioStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame

from media.event_wait import set_within
from media.microphone import BLOCK, SAMPLE_RATE, Microphone

logger = logging.getLogger(__name__)

QUEUE_BLOCKS = 10
"""Blocks (of 20 ms) kept for the sender at most; older ones are dropped."""
TIME_BASE = fractions.Fraction(1, SAMPLE_RATE)
PERIOD = BLOCK / SAMPLE_RATE


def sound_frame(samples: np.ndarray, pts: int) -> AudioFrame:
    """A frame of what a voice track sends: samples (1 x n, int16, 48 kHz mono) that begin pts samples in."""
    frame = AudioFrame.from_ndarray(samples, format="s16", layout="mono")
    frame.sample_rate = SAMPLE_RATE
    frame.pts = pts
    frame.time_base = TIME_BASE
    return frame


class MicrophoneTrack(AudioStreamTrack):
    """Opens the microphone `device` (None: the system default); raises DeviceUnavailable if it cannot.

    Must be created and used in the event loop; stop() closes the microphone.
    """

    def __init__(self, device: int | str | None = None) -> None:
        super().__init__()
        self._event_loop = asyncio.get_running_loop()  # not _loop: the event emitter's, maybe None
        self._lock = threading.Lock()
        self._blocks: deque[np.ndarray] = deque(maxlen=QUEUE_BLOCKS)
        self._arrived = asyncio.Event()
        self._sent = 0  # samples sent: the next frame's pts
        self._due = time.monotonic()
        self.muted = False
        """Send silence instead of the microphone's sound."""
        self.dropped = 0
        """Blocks dropped because the sender fell behind."""
        self.microphone = Microphone(device, on_block=self._block_read)

    def stop(self) -> None:
        if self.readyState == "live":
            self.microphone.close()
        super().stop()

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        block = await self._next_block()
        if block is None or self.muted:
            samples = np.zeros((1, BLOCK), np.int16)
        else:
            samples = (np.clip(block, -1, 1) * 32767).astype(np.int16).reshape(1, -1)
        frame = sound_frame(samples, self._sent)
        self._sent += samples.shape[1]
        return frame

    async def _next_block(self) -> np.ndarray | None:
        """The oldest queued block; None (send silence) if none comes within a block's time of its due time."""
        self._due += PERIOD
        while True:
            with self._lock:
                if self._blocks:
                    self._due = max(self._due, time.monotonic() - PERIOD)
                    return self._blocks.popleft()
                self._arrived.clear()
            left = self._due + PERIOD - time.monotonic()
            if left <= 0:
                self._due = max(self._due, time.monotonic() - PERIOD)
                return None
            await set_within(self._arrived, left)

    def _block_read(self, samples: np.ndarray) -> None:
        """Runs in PortAudio's thread: quick, no waiting."""
        with self._lock:
            if len(self._blocks) == QUEUE_BLOCKS:
                self.dropped += 1
            self._blocks.append(samples)
        self._event_loop.call_soon_threadsafe(self._arrived.set)
