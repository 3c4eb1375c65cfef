"""Whether the player can start on the part of a video downloaded so far, and if not, how much it needs.

The answer comes from opening that part the way the player does (PyAV over a PartialReader that
stops at the edge): a faststart MP4, a WebM or an MPEG-TS start from their first chunks; an MP4
whose index (moov) follows its media data (mdat) needs the whole file, which the top-level boxes
tell without opening it.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from pathlib import Path

from media.cache_reader import CacheReader
from media.decoder import Decoder, VideoItem
from media.errors import VideoUnreadable
from media.partial_reader import PartialReader, Prefix

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Start:
    """Can the player start on the bytes downloaded so far."""

    ready: bool
    """Yes: pressing Watch shows the first picture without waiting for more."""
    needed: int
    """Bytes from the start the player needs at least (those there are, when ready)."""


class NeedMore(Exception):
    """The video cannot be opened on the bytes there are; `wanted` bytes from the start are needed at least."""

    def __init__(self, wanted: int) -> None:
        super().__init__(f"needs {wanted} bytes")
        self.wanted = wanted


def open_available(reader: PartialReader, name: str) -> Decoder:
    """Open a video on the bytes the reader has now; raises NeedMore if it needs more to open.

    A read past the edge gets the end of the file: the demuxer passes over what it may lack (a
    WebM's tags at the end) and fails on what it needs (a header not there yet); an open that read
    up to the edge (a TS's first second, looked at to learn its streams) waits for more too, so
    it never goes on from a cut packet. Decode thread.
    """
    partial = reader.available() < reader.size
    reader.seek(0)  # PyAV reads on from where the reader stands: a try before may have left it anywhere
    reader.opening, reader.hit_edge, reader.cut = partial, False, False
    try:
        decoder = Decoder(reader, name, partial=partial)
    except VideoUnreadable:
        if reader.hit_edge:
            raise NeedMore(reader.wanted) from None
        raise
    finally:
        reader.opening = False
    if reader.cut:
        decoder.close()
        raise NeedMore(reader.wanted)
    return decoder


def open_when_available(reader: PartialReader, name: str) -> Decoder:
    """Open the video as soon as the bytes there are allow, waiting for more at the edge.

    Raises ReadInterrupted when the reader is told to give up (the player closing). Decode thread.
    """
    while True:
        try:
            return open_available(reader, name)
        except NeedMore as e:
            reader.wait_for(e.wanted)


def index_at_end(reader: PartialReader) -> bool:
    """An MP4 whose moov box comes after its mdat box: nothing plays before the whole file is there."""
    try:
        return _mdat_first(reader, reader.available())
    finally:
        reader.seek(0)


def _mdat_first(reader: PartialReader, available: int) -> bool:
    position = 0
    while position + 8 <= available:
        reader.seek(position)
        size, kind = struct.unpack(">I4s", reader.read(8))
        if kind == b"moov" or (position == 0 and kind != b"ftyp"):
            return False
        if kind == b"mdat":
            return True
        if size == 1 and position + 16 <= available:  # a 64-bit size follows the type
            size = struct.unpack(">Q", reader.read(8))[0]
        if size < 8:
            return False
        position += size
    return False


def can_start(path: Path, video_id: str, name: str = "") -> Start:
    """Open what cache.db holds of a video as the player would, up to its first picture.

    Runs in a worker thread; a few milliseconds for the lesson format.
    """
    with CacheReader(path, video_id) as cached:
        available = cached.available
        reader = PartialReader(cached, Prefix(available))
        if available == reader.size:
            return Start(True, available)
        if index_at_end(reader):
            return Start(False, reader.size)
        try:
            decoder = open_available(reader, name or video_id)
        except NeedMore as e:
            return Start(False, e.wanted)
        except VideoUnreadable as e:  # the player says so on its page: let it be opened
            logger.info("%s does not open: %s", video_id, e)
            return Start(True, available)
        try:
            reader.opening = True
            for item in decoder.frames(0.0):
                if reader.cut:  # a packet cut at the edge: not a picture to show
                    break
                if isinstance(item, VideoItem) or not decoder.has_picture:
                    return Start(True, available)
        finally:
            decoder.close()
        return Start(False, reader.wanted if reader.cut else available + 1)
