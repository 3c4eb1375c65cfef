"""The stage line of one teacher-to-classroom link: whichever classroom is on stage, or silence.

The sound of the classroom on stage reaches the teacher on that classroom's own link; the teacher
relays it to every other classroom on their stage lines. A link's stage track must never end
(aiortc's sender stops for good when its track does), so it is one lasting track per link whose
source changes: a MediaRelay proxy of the classroom on stage, or none (silence).

Every frame it hands out has one format (FORMAT, LAYOUT, SAMPLE_RATE, BLOCK samples, pts counted
in samples), whatever the source sends: aiortc's Opus encoder sets its resampler up from the first
frame it gets and refuses any frame that differs from it ("Frame does not match AudioResampler
setup"), and the first frame is often silence while the relayed voice is the far end's decoded stereo.
"""

from __future__ import annotations

import asyncio
import fractions
import time

import av
import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame

from media.microphone import BLOCK, SAMPLE_RATE

FORMAT = "s16"
LAYOUT = "stereo"
"""What aiortc's Opus decoder gives, so a relayed voice goes through as it is."""
TIME_BASE = fractions.Fraction(1, SAMPLE_RATE)
PERIOD = BLOCK / SAMPLE_RATE
"""Seconds of sound in one frame."""
SOURCE_WAIT = 5 * PERIOD
"""A source that sends nothing for this long (taken off stage, its link stalled) is bridged with silence."""


class StageTrack(MediaStreamTrack):
    """Relays `source` while it lasts, converted to one format, else silence at the same pace.

    Must be used in the event loop.
    """

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._source: MediaStreamTrack | None = None
        self._converter: av.AudioResampler | None = None
        self._converts: tuple[str, str, int] | None = None  # the input format the converter is set up for
        self._ready: list[AudioFrame] = []  # converted frames not handed out yet
        self._sent = 0
        self._due = 0.0  # when the next silent frame is due (time.monotonic())

    @property
    def source(self) -> MediaStreamTrack | None:
        return self._source

    def set_source(self, source: MediaStreamTrack | None) -> None:
        """Relay this track from now on (None: silence); a previous source is stopped."""
        if self._source is not None:
            self._source.stop()
        self._source = source
        self._converter, self._converts, self._ready = None, None, []

    def stop(self) -> None:
        self.set_source(None)
        super().stop()

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        frame = await self._relayed() if self._source is not None else None
        if frame is None:
            frame = await self._silence()
        frame.pts, frame.time_base = self._sent, TIME_BASE
        self._sent += BLOCK
        return frame

    async def _relayed(self) -> AudioFrame | None:
        """The source's next block in the stage's format; None if it ended, changed or sends nothing now."""
        source = self._source
        while not self._ready:
            try:
                async with asyncio.timeout(SOURCE_WAIT):
                    frame = await source.recv()  # type: ignore[union-attr]
            except TimeoutError:
                return None
            except MediaStreamError:
                if self._source is source:
                    self.set_source(None)
                return None
            if self._source is not source:
                return None
            self._ready = self._convert(frame)
        self._due = time.monotonic()
        return self._ready.pop(0)

    def _convert(self, frame: AudioFrame) -> list[AudioFrame]:
        """Frames of BLOCK samples in the stage's format (none while fewer have come)."""
        form = (frame.format.name, frame.layout.name, frame.sample_rate)
        if self._converter is None or form != self._converts:  # a resampler takes one input format only
            self._converter = av.AudioResampler(format=FORMAT, layout=LAYOUT, rate=SAMPLE_RATE, frame_size=BLOCK)
            self._converts = form
        return list(self._converter.resample(frame))

    async def _silence(self) -> AudioFrame:
        self._due = max(self._due + PERIOD, time.monotonic())
        await asyncio.sleep(self._due - time.monotonic())
        frame = AudioFrame.from_ndarray(np.zeros((1, 2 * BLOCK), np.int16), format=FORMAT, layout=LAYOUT)
        frame.sample_rate = SAMPLE_RATE
        return frame
