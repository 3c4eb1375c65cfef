"""What a teacher's file holds, read with PyAV before it is transcoded, and the errors that say why it cannot be.

Each error is one English sentence for the teacher (hub messages are English) and a `kind` a program can act on:
`empty`, `not_media`, `no_stream`, `corrupt`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import ClassVar

import av
import av.container

# how the containers teachers bring begin: a file that opens with one of these but cannot be read is damaged,
# one that begins with none of them is not a video or sound file at all
SIGNATURES = (
    (4, b"ftyp"),  # MP4, MOV, M4A
    (4, b"moov"),
    (4, b"mdat"),
    (4, b"wide"),
    (4, b"free"),
    (0, b"\x1a\x45\xdf\xa3"),  # Matroska, WebM
    (0, b"RIFF"),  # AVI, WAV
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"),  # ASF: WMV, WMA
    (0, b"ID3"),  # MP3 with tags
    (0, b"\xff\xfb"),  # MP3 frames
    (0, b"\xff\xf3"),
    (0, b"\xff\xf1"),  # AAC ADTS
    (0, b"OggS"),
    (0, b"\x00\x00\x01\xba"),  # MPEG-PS
    (0, b"FLV"),
)


class TranscodeError(Exception):
    """A file the hub cannot turn into a lesson video; str() is the sentence for the teacher."""

    kind: ClassVar[str] = "failed"


class EmptyFile(TranscodeError):
    """The file has no bytes."""

    kind = "empty"


class NotMedia(TranscodeError):
    """The file is not a video or sound file (a document renamed .mp4, say)."""

    kind = "not_media"


class NoDecodableStream(TranscodeError):
    """A media file whose pictures and sound are in codecs the hub cannot decode, or that has neither."""

    kind = "no_stream"


class Corrupt(TranscodeError):
    """A media file that is damaged or cut short: it fails to open or to decode partway."""

    kind = "corrupt"


@dataclass(frozen=True)
class Source:
    """What a file holds, as far as the transcode needs it."""

    duration: float | None
    """Seconds the file says it lasts (None when it does not say)."""
    start: float
    """Seconds of the first timestamp (an MPEG-TS often starts at 1.4 s, not 0)."""
    video: av.VideoStream | None
    """The picture to keep (None for sound only)."""
    audio: av.AudioStream | None
    """The sound to keep (None for a silent video)."""
    rate: Fraction | None
    """Pictures a second as the file declares it (None when it does not)."""


def open_source(path: Path) -> av.container.InputContainer:
    """Open path for reading, or raise the TranscodeError that says why it cannot be a lesson video."""
    name = path.name
    try:
        with path.open("rb") as file:
            head = file.read(189)
    except OSError as e:
        raise NotMedia(f"{name} cannot be read ({e.strerror}).") from e
    if not head:
        raise EmptyFile(f"{name} is empty (0 bytes): the upload did not reach the hub; upload it again.")
    try:
        return av.open(str(path), "r")
    except av.error.FFmpegError as e:
        if _looks_like_media(head):
            raise Corrupt(
                f"{name} is damaged or incomplete and cannot be opened ({e.strerror}); "
                "upload it again, or save it again from the program that made it."
            ) from e
        raise NotMedia(
            f"{name} is not a video or sound file; choose a video (MP4, MOV, MKV, WebM, AVI, WMV, MPEG-TS) "
            "or a sound file (MP3, M4A)."
        ) from e


def describe(container: av.container.InputContainer, name: str) -> Source:
    """The streams to keep: the first video and the first sound that PyAV can decode."""
    video = next((s for s in container.streams.video if _decodable(s) and not _is_cover(s)), None)
    audio = next((s for s in container.streams.audio if _decodable(s)), None)
    if video is None and audio is None:
        found = ", ".join(s.codec_context.name if s.codec_context else s.type for s in container.streams)
        raise NoDecodableStream(
            f"{name} has no picture or sound the hub can decode (it holds: {found or 'nothing'}); "
            "save it again as an MP4 (H.264) and upload that."
        )
    duration = container.duration / av.time_base if container.duration else None
    start = container.start_time / av.time_base if container.start_time is not None else 0.0
    rate = (video.average_rate or video.guessed_rate or None) if video is not None else None
    return Source(duration, start, video, audio, rate)


def _decodable(stream: av.VideoStream | av.AudioStream) -> bool:
    return stream.codec_context is not None and stream.codec_context.codec.is_decoder


def _is_cover(stream: av.VideoStream) -> bool:
    # an MP3's album picture is a video stream of one frame: a sound file, not a video
    return bool(stream.disposition & av.stream.Disposition.attached_pic)


def _looks_like_media(head: bytes) -> bool:
    mpeg_ts = len(head) > 188 and head[0] == head[188] == 0x47  # a sync byte every 188 bytes
    return mpeg_ts or any(head[at : at + len(magic)] == magic for at, magic in SIGNATURES)
