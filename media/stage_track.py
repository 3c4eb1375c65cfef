"""The stage line of one teacher-to-classroom link: whichever classroom is on stage, or silence.

The sound of the classroom on stage reaches the teacher on that classroom's own link; the teacher
relays it to every other classroom on their stage lines. A link's stage track must never end
(aiortc's sender stops for good when its track does), so it is one lasting track per link whose
source changes: a MediaRelay proxy of the classroom on stage, or none (silence).
"""

from __future__ import annotations

import asyncio
import fractions

import numpy as np
from aiortc import AudioStreamTrack, MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame

from media.microphone import BLOCK, SAMPLE_RATE

TIME_BASE = fractions.Fraction(1, SAMPLE_RATE)


class StageTrack(AudioStreamTrack):
    """Relays `source` while it lasts, then silence at the same pace. Must be used in the event loop."""

    def __init__(self) -> None:
        super().__init__()
        self._source: MediaStreamTrack | None = None
        self._sent = 0

    @property
    def source(self) -> MediaStreamTrack | None:
        return self._source

    def set_source(self, source: MediaStreamTrack | None) -> None:
        """Relay this track from now on (None: silence); a previous source is stopped."""
        if self._source is not None:
            self._source.stop()
        self._source = source

    def stop(self) -> None:
        self.set_source(None)
        super().stop()

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        source = self._source
        if source is not None:
            try:
                frame = await source.recv()
            except MediaStreamError:
                if self._source is source:
                    self._source = None
            else:
                if self._source is source:
                    return frame
        await asyncio.sleep(BLOCK / SAMPLE_RATE)
        frame = AudioFrame.from_ndarray(np.zeros((1, BLOCK), np.int16), format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = SAMPLE_RATE, self._sent, TIME_BASE
        self._sent += BLOCK
        return frame
