"""A jitter buffer for live sound, bounded in time: it never holds more than `limit` seconds.

Sound arrives in bursts (network jitter, a busy event loop) and leaves at the device's steady
pace. Playing starts once `target` seconds are buffered; a burst that pushes past `limit` drops
the oldest sound (latency stays bounded, a click is heard); running dry is an underrun, after
which it waits for `target` again.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

import numpy as np

from media.microphone import SAMPLE_RATE

TARGET = 0.08
"""Seconds buffered before playing starts (and starts again after an underrun)."""
LIMIT = 0.2
"""Seconds the buffer holds at most."""


@dataclass(frozen=True)
class BufferFigures:
    """How a jitter buffer has fared."""

    buffered: float
    """Seconds of sound waiting now."""
    dropped: float
    """Seconds of sound dropped because the buffer was over its limit."""
    underruns: int
    """Times the device found it empty while playing."""


class JitterBuffer:
    """Mono float32 samples in, fixed-size blocks out. Any thread may call the methods."""

    def __init__(self, target: float = TARGET, limit: float = LIMIT) -> None:
        self._target = round(target * SAMPLE_RATE)
        self._limit = round(limit * SAMPLE_RATE)
        self._lock = threading.Lock()
        self._chunks: deque[np.ndarray] = deque()
        self._count = 0
        self._playing = False
        self._dropped = 0
        self._underruns = 0

    @property
    def figures(self) -> BufferFigures:
        with self._lock:
            return BufferFigures(self._count / SAMPLE_RATE, self._dropped / SAMPLE_RATE, self._underruns)

    def push(self, samples: np.ndarray) -> None:
        with self._lock:
            self._chunks.append(samples)
            self._count += len(samples)
            while self._count > self._limit:
                over = self._count - self._limit
                oldest = self._chunks[0]
                if len(oldest) <= over:
                    self._chunks.popleft()
                    cut = len(oldest)
                else:
                    self._chunks[0] = oldest[over:]
                    cut = over
                self._count -= cut
                self._dropped += cut

    def pull_into(self, out: np.ndarray) -> None:
        """Add the next len(out) samples to out (mixing); adds nothing while not playing.

        Runs in PortAudio's thread: quick, no waiting.
        """
        with self._lock:
            if not self._playing:
                if self._count < self._target:
                    return
                self._playing = True
            filled = 0
            while self._chunks and filled < len(out):
                chunk = self._chunks[0]
                take = min(len(chunk), len(out) - filled)
                out[filled : filled + take] += chunk[:take]
                if take == len(chunk):
                    self._chunks.popleft()
                else:
                    self._chunks[0] = chunk[take:]
                filled += take
            self._count -= filled
            if filled < len(out):
                self._underruns += 1
                self._playing = False
