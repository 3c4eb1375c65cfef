"""The stage line of one teacher-to-classroom link: whichever classroom is on stage, or nothing.

The sound of the classroom on stage reaches the teacher on that classroom's own link; the teacher
relays it to every other classroom on their stage lines. A link's stage track must never end
(aiortc's sender stops for good when its track does), so it is one lasting track per link whose
source changes: a MediaRelay proxy of the classroom on stage, or none. With none, or while the
source sends nothing, it hands out nothing (the far end hears silence, and no link encodes silence).

Every frame it hands out has one format (FORMAT, LAYOUT, SAMPLE_RATE, BLOCK samples, pts counted
in samples), whatever the source sends: aiortc's Opus encoder sets its resampler up from the first
frame it gets and refuses any frame that differs from it ("Frame does not match AudioResampler
setup"), and one line relays one classroom after another, whatever each of them sends.
"""

from __future__ import annotations

import asyncio
import fractions

import av
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
"""How long one wait for the source's next frame lasts: a source taken off stage while waiting is let go then."""


class StageTrack(MediaStreamTrack):
    """Relays `source` while it lasts, converted to one format; without one, recv() waits for the next.

    Must be used in the event loop.
    """

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._source: MediaStreamTrack | None = None
        self._changed = asyncio.Event()
        self._converter: av.AudioResampler | None = None
        self._converts: tuple[str, str, int] | None = None  # the input format the converter is set up for
        self._ready: list[AudioFrame] = []  # converted frames not handed out yet
        self._sent = 0

    @property
    def source(self) -> MediaStreamTrack | None:
        return self._source

    def set_source(self, source: MediaStreamTrack | None) -> None:
        """Relay this track from now on (None: nothing); a previous source is stopped."""
        if self._source is not None:
            self._source.stop()
        self._source = source
        self._converter, self._converts, self._ready = None, None, []
        self._changed.set()

    def stop(self) -> None:
        self.set_source(None)
        super().stop()

    async def recv(self) -> AudioFrame:
        while self.readyState == "live":
            source = self._source
            if source is None:
                self._changed.clear()
                await self._changed.wait()
                continue
            frame = await self._relayed(source)
            if frame is not None:
                frame.pts, frame.time_base = self._sent, TIME_BASE
                self._sent += BLOCK
                return frame
        raise MediaStreamError

    async def _relayed(self, source: MediaStreamTrack) -> AudioFrame | None:
        """The source's next block in the stage's format; None if it ended, was let go or sent nothing for now."""
        while not self._ready:
            try:
                async with asyncio.timeout(SOURCE_WAIT):
                    frame = await source.recv()
            except TimeoutError:
                return None
            except MediaStreamError:
                if self._source is source:
                    self.set_source(None)
                return None
            if self._source is not source:
                return None
            assert isinstance(frame, AudioFrame), "an audio line carries audio frames"
            self._ready = self._convert(frame)
        return self._ready.pop(0)

    def _convert(self, frame: AudioFrame) -> list[AudioFrame]:
        """Frames of BLOCK samples in the stage's format (none while fewer have come)."""
        form = (frame.format.name, frame.layout.name, frame.sample_rate)
        if self._converter is None or form != self._converts:  # a resampler takes one input format only
            self._converter = av.AudioResampler(format=FORMAT, layout=LAYOUT, rate=SAMPLE_RATE, frame_size=BLOCK)
            self._converts = form
        return list(self._converter.resample(frame))
