"""Remote sound of a live lesson out of the speakers: several aiortc audio tracks mixed into one stream.

Each track has a reader task (in the event loop) that turns its frames into 48 kHz mono and feeds
its own JitterBuffer; the output stream's callback (PortAudio's thread) mixes what every buffer
has. media.speakers.Speakers plays one queue against a player's clock; live sound needs one
bounded buffer per source, pulled at the device's pace, hence this separate sink.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import av
import numpy as np
import sounddevice as sd
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from PySide6.QtCore import QCoreApplication

from media.errors import DeviceUnavailable
from media.jitter_buffer import LIMIT, TARGET, BufferFigures, JitterBuffer
from media.microphone import SAMPLE_RATE

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

LATENCY = 0.05
"""Seconds of output buffering: 20 ms and less stall through PulseAudio's ALSA plugin, 40 ms does not."""


@dataclass
class _Source:
    buffer: JitterBuffer
    task: asyncio.Task[None]
    audible: bool


class SoundSink:
    """Plays remote audio tracks through the output `device` (None: system default).

    Raises DeviceUnavailable when the device cannot be opened. Must be used in the event loop;
    close() stops the readers and the stream.
    """

    def __init__(self, device: int | str | None = None, target: float = TARGET, limit: float = LIMIT) -> None:
        self._target, self._limit = target, limit
        self._sources: dict[MediaStreamTrack, _Source] = {}
        try:
            self._stream = sd.OutputStream(
                samplerate=SAMPLE_RATE,
                channels=1,
                dtype="float32",
                latency=LATENCY,
                device=device,
                callback=self._callback,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as e:
            raise DeviceUnavailable(
                translate(
                    "live",
                    "The speakers cannot be used ({error}). The lesson goes on without sound; check that"
                    " speakers or headphones are plugged in, or choose others in IT setup.",
                ).format(error=e)
            ) from e

    def add(self, track: MediaStreamTrack, audible: bool = True) -> None:
        """Play `track` (or only read it, keeping aiortc's queue empty, while not audible)."""
        buffer = JitterBuffer(self._target, self._limit)
        task = asyncio.create_task(self._read(track, buffer), name=f"sound-sink-{track.id}")
        self._sources[track] = _Source(buffer, task, audible)

    def set_audible(self, track: MediaStreamTrack, audible: bool) -> None:
        self._sources[track].audible = audible

    async def remove(self, track: MediaStreamTrack) -> None:
        source = self._sources.pop(track)
        source.task.cancel()
        await asyncio.gather(source.task, return_exceptions=True)

    def figures(self, track: MediaStreamTrack) -> BufferFigures:
        return self._sources[track].buffer.figures

    async def close(self) -> None:
        for track in list(self._sources):
            await self.remove(track)
        self._stream.abort()
        self._stream.close()

    async def _read(self, track: MediaStreamTrack, buffer: JitterBuffer) -> None:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            source = self._sources.get(track)
            if source is None or not source.audible or not isinstance(frame, av.AudioFrame):
                continue
            for out in resampler.resample(frame):
                buffer.push(out.to_ndarray().reshape(-1).astype(np.float32, copy=False))

    def _callback(self, out: np.ndarray, frames: int, timing: Any, status: sd.CallbackFlags) -> None:
        """Mix every buffer into the device's. Runs in PortAudio's thread: quick, no waiting."""
        mixed = out[:, 0]
        mixed[:] = 0
        for source in list(self._sources.values()):
            source.buffer.pull_into(mixed)
        np.clip(mixed, -1, 1, out=mixed)
