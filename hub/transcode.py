"""A teacher's video or sound file made into the lesson format: H.264 + AAC MP4, faststart, at most 854x480.

The picture is turned upright (a phone's display matrix), scaled to fit 854x480 (480x854 when it stands, so a
portrait video keeps its pixels), its aspect kept and its sides even, at most 30 pictures a second, a key frame
every 2 s; the sound is AAC at 48 kHz. A sound-only lecture gets one still picture, its file name. The result is
written under a hidden name, opened again and decoded whole, and only then moved into place, with a thumbnail.

Runs in a worker process (hub/transcode_worker.py starts `oo-hub transcode`), never in the event loop.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import av
import av.container

from hub.probe import Corrupt, Source, TranscodeError, describe, open_source
from hub.transcode_sound import SoundWriter
from hub.transcode_video import StillWriter, VideoWriter

logger = logging.getLogger(__name__)

TOLERANCE = 1.0
"""Seconds the result's length may differ from the source's (codec delay, a last frame's length)."""

Progress = Callable[[int], None]


@dataclass(frozen=True)
class TranscodeResult:
    """What a finished transcode made, as the worker reports it."""

    duration: float
    """Seconds the lesson video lasts."""
    size: int
    """Bytes of the lesson video."""
    width: int
    """Pixels across the upright picture."""
    height: int
    """Pixels down the upright picture."""
    thumbnail: str
    """Path of a JPEG of one picture from the video."""

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def transcode(src: Path, dst: Path, thumbnail: Path, progress: Progress = lambda percent: None) -> TranscodeResult:
    """Make dst (MP4) and thumbnail (JPEG) from src, or raise TranscodeError with the sentence for the teacher.

    progress(percent) is called as decoding advances (0-100, by time decoded over the file's length). Nothing
    is left at dst or thumbnail unless the whole result was verified. Runs in a worker process.
    """
    part, thumb_part = hidden(dst), hidden(thumbnail)
    try:
        with open_source(src) as container:
            source = describe(container, src.name)
            size, decoded = _encode(container, source, src.name, part, thumb_part, progress)
        duration = verify(part, decoded, src.name)
        os.replace(thumb_part, thumbnail)
        os.replace(part, dst)
    except BaseException:
        part.unlink(missing_ok=True)
        thumb_part.unlink(missing_ok=True)
        raise
    progress(100)
    width, height = size
    return TranscodeResult(duration, dst.stat().st_size, width, height, str(thumbnail))


def hidden(path: Path) -> Path:
    """Where path is written until it is verified: a hidden name beside it."""
    return path.with_name(f".{path.name}.part")


def _encode(
    container: av.container.InputContainer, source: Source, name: str, part: Path, thumb: Path, progress: Progress
) -> tuple[tuple[int, int], float]:
    """Write part and thumb; answer the picture's size and the seconds decoded."""
    with av.open(str(part), "w", format="mp4", container_options={"movflags": "+faststart"}) as out:
        video: VideoWriter | StillWriter
        video = VideoWriter(out, source, thumb) if source.video is not None else StillWriter(out, name, thumb)
        sound = SoundWriter(out, source.audio) if source.audio is not None else None
        decoded = 0.0
        told = -1
        streams = [s for s in (source.video, source.audio) if s is not None]
        try:
            for packet in container.demux(streams):
                for frame in packet.decode():
                    if not isinstance(frame, av.VideoFrame | av.AudioFrame) or frame.time is None:
                        continue
                    at = frame.time - source.start
                    if isinstance(frame, av.VideoFrame) and isinstance(video, VideoWriter):
                        video.add(frame, at)
                    elif isinstance(frame, av.AudioFrame) and sound is not None:
                        if isinstance(video, StillWriter):
                            video.advance(at)
                        sound.add(frame, at, video.started)
                    decoded = max(decoded, at + _length(frame))
                    if source.duration:
                        percent = min(99, int(100 * decoded / source.duration))
                        if percent > told:
                            told = percent
                            progress(percent)
        except av.error.FFmpegError as e:
            raise Corrupt(
                f"{name} is damaged: it stops decoding at {_clock(decoded)} ({e.strerror}); "
                "upload it again, or save it again from the program that made it."
            ) from e
        if source.duration and decoded < source.duration * 0.9 - TOLERANCE:
            raise Corrupt(
                f"{name} is cut short: it says it lasts {_clock(source.duration)} but its pictures and sound "
                f"end at {_clock(decoded)}; upload it again, or save it again from the program that made it."
            )
        if not video.started:
            raise Corrupt(f"{name} holds no picture that decodes; save it again and upload that.")
        video.finish(decoded)
        if sound is not None:
            sound.finish()
    return video.size, decoded


def _length(frame: av.VideoFrame | av.AudioFrame) -> float:
    if isinstance(frame, av.AudioFrame) and frame.sample_rate:
        return frame.samples / frame.sample_rate
    return 0.0


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def verify(path: Path, expected: float, name: str) -> float:
    """Open the lesson video again and decode its pictures; answer its length in seconds.

    Raises TranscodeError if it does not decode as H.264 (+ AAC), or its length is not the source's.
    """
    try:
        with av.open(str(path)) as result:
            codecs = sorted(s.codec_context.name for s in result.streams if s.codec_context is not None)
            pictures = sum(1 for _ in result.decode(video=0))
            duration = result.duration / av.time_base if result.duration else 0.0
    except av.error.FFmpegError as e:
        raise TranscodeError(f"The lesson video made from {name} does not decode ({e.strerror}).") from e
    if codecs not in (["h264"], ["aac", "h264"]) or not pictures or abs(duration - expected) > TOLERANCE:
        raise TranscodeError(
            f"The lesson video made from {name} did not check out ({', '.join(codecs)}, {pictures} pictures, "
            f"{duration:.1f} s of {expected:.1f} s)."
        )
    return duration
