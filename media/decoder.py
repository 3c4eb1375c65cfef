"""Decoding one lesson video with PyAV from a path or a file-like object, landing seeks exactly."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

import av
import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QTransform

from media.errors import VideoUnreadable

logger = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
"""Sound leaves the decoder at this rate, the one the speakers are opened with."""


@dataclass(frozen=True)
class VideoItem:
    """One decoded picture."""

    pts: float
    """Seconds from the start of the video when this picture is shown."""
    frame: av.VideoFrame
    """The picture as decoded (converted for the screen only if it is shown)."""

    def to_qimage(self) -> QImage:
        """The picture upright, as an RGB QImage that owns its pixels.

        Any width: the rows of a converted plane are often padded (854 pixels take 2,592 bytes,
        not 2,562), so the image is made with the plane's own line size. A phone video's rotation
        (its display matrix) is applied in quarter turns.
        """
        rgb = self.frame.reformat(format="rgb24")
        plane = rgb.planes[0]
        image = QImage(memoryview(plane), rgb.width, rgb.height, plane.line_size, QImage.Format.Format_RGB888)
        turns = round(self.frame.rotation / 90) % 4
        if turns:
            # rotation is counter-clockwise; Qt's rotate() turns clockwise on the screen
            return image.transformed(QTransform().rotate(-90 * turns))
        return image.copy()


@dataclass(frozen=True)
class AudioItem:
    """A run of decoded sound."""

    pts: float
    """Seconds from the start of the video of the first sample."""
    samples: np.ndarray
    """float32 samples at SAMPLE_RATE, shaped (frames, channels)."""


class Source(Protocol):
    """A seekable binary file-like object, all PyAV needs to read a video."""

    def read(self, n: int = -1, /) -> bytes: ...

    def seek(self, offset: int, whence: int = 0, /) -> int: ...

    def tell(self) -> int: ...


def unreadable(name: str, error: object) -> VideoUnreadable:
    return VideoUnreadable(
        QCoreApplication.translate(
            "player",
            "The lesson video {name} cannot be played ({error}). It may be damaged: go back to the"
            " lessons, remove it from this PC and download it again.",
        ).format(name=name, error=error)
    )


def broken(name: str, error: object) -> VideoUnreadable:
    return VideoUnreadable(
        QCoreApplication.translate(
            "player",
            "The lesson video {name} stopped: the player ran into a problem ({error}). Go back to the"
            " lessons and open it again; if it happens again, tell IT staff (the log has the details).",
        ).format(name=name, error=error)
    )


class Decoder:
    """Demuxes and decodes a video; every method runs in the one thread that owns it."""

    def __init__(self, source: str | Source, name: str = "", partial: bool = False) -> None:
        """partial: the file is still downloading, so its end is not read (an MPEG-TS's length then
        stays unknown: duration 0)."""
        self.name = name or str(source)
        options = {"skip_estimate_duration_from_pts": "1"} if partial else {}
        try:
            self._container = av.open(source, "r", options=options)
        except (av.FFmpegError, UnicodeDecodeError) as e:
            raise unreadable(self.name, e) from e
        if not self._container.streams.video and not self._container.streams.audio:
            self._container.close()
            raise unreadable(self.name, QCoreApplication.translate("player", "it has neither picture nor sound"))
        self._video = self._container.streams.video[0] if self._container.streams.video else None
        self._audio = self._container.streams.audio[0] if self._container.streams.audio else None
        self.has_picture = self._video is not None
        """False for a sound-only lesson (an M4A, an MP3)."""
        rate = (self._video.average_rate or self._video.guessed_rate or 25) if self._video is not None else 25
        self.frame_duration = 1.0 / float(rate)
        """Seconds one picture stays on screen."""
        self.duration = (self._container.duration or 0) / av.time_base
        """Seconds of video, as the file says."""
        self.channels = min(self._audio.channels, 2) if self._audio is not None else 0
        """Sound channels after decoding (stereo at most); 0 for a silent video."""
        self._at_start = True  # nothing demuxed yet

    def close(self) -> None:
        self._container.close()

    def frames(self, start: float = 0.0) -> Iterator[VideoItem | AudioItem]:
        """Pictures and sound from `start` on, in file order.

        Seeks to the keyframe before `start` and drops what comes before it, so the first picture
        is the one on screen at `start` and the first sample is the one heard then.
        """
        streams = [s for s in (self._video, self._audio) if s is not None]
        main = streams[0]  # the picture's stream; the sound's in a sound-only file
        time_base = main.time_base or Fraction(1, av.time_base)
        if start > 0 or not self._at_start:
            # not at the start of a file just opened: that seek reads a WebM's or a TS's end
            self._container.seek(round(start / time_base), stream=main, backward=True)
        self._at_start = False
        layout = "mono" if self.channels == 1 else "stereo"
        resampler = av.AudioResampler(format="flt", layout=layout, rate=SAMPLE_RATE)
        for packet in self._container.demux(streams):
            try:
                decoded = packet.decode()
            except av.error.InvalidDataError as e:
                # one damaged packet costs a glitch, not the lesson
                logger.warning("%s: skipped a damaged packet at %s: %s", self.name, packet.pts, e)
                continue
            for frame in decoded:
                if isinstance(frame, av.VideoFrame) and frame.time is not None:
                    # keep the picture that is still on screen at start
                    if frame.time + self.frame_duration > start + 1e-6:
                        yield VideoItem(frame.time, frame)
                elif isinstance(frame, av.AudioFrame) and frame.time is not None:
                    yield from self._sound(resampler, frame, frame.time, start)

    def _sound(
        self, resampler: av.AudioResampler, frame: av.AudioFrame, time: float, start: float
    ) -> Iterator[AudioItem]:
        for out in resampler.resample(frame):
            samples = out.to_ndarray().reshape(-1, self.channels)
            pts = out.time if out.time is not None else time
            skip = round((start - pts) * SAMPLE_RATE)
            if skip >= len(samples):
                continue
            if skip > 0:
                samples, pts = samples[skip:], pts + skip / SAMPLE_RATE
            yield AudioItem(pts, samples)
