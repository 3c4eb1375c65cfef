"""The sound side of a transcode: decoded sound resampled to 48 kHz and encoded to AAC."""

from __future__ import annotations

from fractions import Fraction

import av
import av.container

SAMPLE_RATE = 48_000
SAMPLE_TIME = Fraction(1, SAMPLE_RATE)
MONO_BITRATE = 64_000
"""Speech, which most lectures are, is clear at 64 kbit/s mono AAC."""
STEREO_BITRATE = 96_000
"""A stereo source (a music lesson) keeps its stereo, at 48 kbit/s a channel."""


class SoundWriter:
    """Resamples decoded sound for the AAC encoder and encodes it, timed from the start of the file."""

    def __init__(self, out: av.container.OutputContainer, source: av.AudioStream) -> None:
        mono = source.codec_context.channels == 1
        self._out = out
        self._stream = out.add_stream("aac", rate=SAMPLE_RATE, layout="mono" if mono else "stereo")
        self._stream.bit_rate = MONO_BITRATE if mono else STEREO_BITRATE
        self._resampler = av.AudioResampler("fltp", self._stream.layout, SAMPLE_RATE, 1024)
        self._next: int | None = None
        self._held: list[av.Packet] = []

    def add(self, frame: av.AudioFrame, at: float, muxing: bool) -> None:
        """Encode frame, heard at seconds from the start; hold the packets until muxing (the picture's stream is
        set up only once its first picture is decoded, and the file's header waits for it)."""
        if self._next is None:
            self._next = max(0, round(at * SAMPLE_RATE))
        for piece in self._resampler.resample(frame):
            self._encode(piece)
        if muxing and self._held:
            self._out.mux(self._held)
            self._held = []

    def finish(self) -> None:
        """Encode what the resampler and the encoder still hold."""
        for piece in self._resampler.resample(None):
            self._encode(piece)
        self._held.extend(self._stream.encode(None))
        self._out.mux(self._held)
        self._held = []

    def _encode(self, piece: av.AudioFrame) -> None:
        piece.pts, piece.time_base = self._next or 0, SAMPLE_TIME
        self._next = piece.pts + piece.samples
        self._held.extend(self._stream.encode(piece))
