"""The demo classroom's voice: a soft beep each second, sent as the microphone's track would be.

A PC with one microphone cannot be two rooms, so the demo classroom sends this tone instead: the
teacher hears it from that classroom's link, as a room's voice.
"""

from __future__ import annotations

import asyncio
import time

import numpy as np
from aiortc import AudioStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame

from media.microphone import BLOCK, SAMPLE_RATE
from media.microphone_track import PERIOD, sound_frame

PITCH = 440.0
"""Hz (the A a choir tunes to)."""
BEEP = 0.25
"""Seconds of tone at the start of each second; then silence."""
LOUDNESS = 0.2
"""Of full scale."""
FADE = 0.01
"""Seconds of fade in and out, so the beep does not click."""


def one_second() -> np.ndarray:
    """A second of the tone's samples (int16): the beep, then silence."""
    t = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    envelope = np.clip(np.minimum(t, BEEP - t) / FADE, 0, 1)
    return (LOUDNESS * envelope * np.sin(2 * np.pi * PITCH * t) * 32767).astype(np.int16)


class ToneTrack(AudioStreamTrack):
    """The tone as MicrophoneTrack sends a voice: 20 ms frames at their pace, muted, stop(). Must be used in the
    event loop."""

    def __init__(self) -> None:
        super().__init__()
        self._second = one_second()
        self._sent = 0
        self._began: float | None = None
        self.muted = False
        """Send silence instead of the tone."""

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        now = time.monotonic()
        if self._began is None or self._began + self._sent / SAMPLE_RATE < now - PERIOD:
            self._began = now - self._sent / SAMPLE_RATE  # the first frame, or late (a busy machine): no rush
        else:
            await asyncio.sleep(self._began + self._sent / SAMPLE_RATE - now)
        if self.muted:
            samples = np.zeros(BLOCK, np.int16)
        else:
            at = self._sent % SAMPLE_RATE
            samples = self._second[at : at + BLOCK]  # a second is 50 whole blocks
        frame = sound_frame(samples.reshape(1, -1), self._sent)
        self._sent += BLOCK
        return frame
