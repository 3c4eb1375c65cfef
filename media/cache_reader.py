"""A read-only, seekable file over a video's chunk rows in cache.db, for PyAV (`av.open(reader)`).

It reads only the verified prefix, so a video can play while it downloads. Speed comes from
memory-mapped pages (SQLite caps the map at 2 GB) and incremental blob I/O: a read that goes on
from the last one loads its whole chunk into a small cache (PyAV reads 32 KiB at a time, and
back and forth within a chunk); a read after a jump takes only the bytes it asks for.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from media.arrivals import Arrivals, Wake
from media.errors import CacheCorrupt
from media.seekable import Seekable

logger = logging.getLogger(__name__)

CACHED_CHUNKS = 4
BUSY_MS = 5000
MMAP_BYTES = 1 << 31
HASH_BLOCK = 1024 * 1024


class CacheReader(Seekable, io.RawIOBase):
    """One video of a cache.db as a binary file; opening it marks the video as being played.

    Each reader has its own SQLite connection. Use it from one thread at a time (a player's
    decode thread). A read stops at the edge of a video still downloading; a PartialReader over
    it waits there, told of each chunk that lands by `arrivals` (the Cache's; see Cache.reader).
    """

    def __init__(self, path: Path, video_id: str, arrivals: Arrivals | None = None) -> None:
        super().__init__()
        self.video_id = video_id
        self._arrivals = arrivals
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        self._conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        self._chunks: OrderedDict[int, bytes] = OrderedDict()
        self._rowids: list[int] = []
        self._pos = 0
        self._last_end = 0  # where the last read ended: reading on from there is sequential
        row = self._conn.execute("select sha256, size, chunk_size from videos where id = ?", [video_id]).fetchone()
        if row is None:
            self._conn.close()
            raise FileNotFoundError(f"video {video_id} is not in {path}")
        self._sha256, self.size, self._chunk_size = row
        self._available = 0
        self._reader_id: int | None = None
        try:
            with self._conn:
                self._reader_id = self._conn.execute(
                    "insert into readers (video_id, pid) values (?, ?)", [video_id, os.getpid()]
                ).lastrowid
        except sqlite3.OperationalError as e:  # a locked or full cache.db must not stop a lesson playing
            logger.warning("playing %s unregistered, so it may be evicted meanwhile: %s", video_id, e)
        self._refresh()

    def _changed(self) -> CacheCorrupt:
        return CacheCorrupt(
            QCoreApplication.translate(
                "cache", "The video {id} was changed or removed while it was open; open it again."
            ).format(id=self.video_id)
        )

    def _refresh(self) -> None:
        """Learn how much of the video is verified now, in one snapshot."""
        self._conn.execute("BEGIN")
        try:
            row = self._conn.execute("select sha256, stored from videos where id = ?", [self.video_id]).fetchone()
            if row is None or row[0] != self._sha256 or row[1] < len(self._rowids):
                raise self._changed()
            self._rowids += [
                r[0]
                for r in self._conn.execute(
                    "select id from chunks where video_id = ? and idx >= ? and idx < ? order by idx",
                    [self.video_id, len(self._rowids), row[1]],
                )
            ]
        finally:
            self._conn.execute("COMMIT")
        if len(self._rowids) != row[1]:
            raise self._changed()
        self._available = min(len(self._rowids) * self._chunk_size, self.size)

    @property
    def available(self) -> int:
        """Bytes from the start that can be read now (all verified)."""
        if self._available < self.size:
            self._refresh()
        return self._available

    @property
    def complete(self) -> bool:
        return self.available == self.size

    def listen(self, wake: Wake) -> None:
        """Call wake (in the downloading thread) whenever more of the video may be there, until forget()."""
        if self._arrivals is None:
            raise ValueError(f"the reader of {self.video_id} hears of no arrivals: open it with Cache.reader()")
        self._arrivals.listen(self.video_id, wake)

    def forget(self, wake: Wake) -> None:
        if self._arrivals is not None:
            self._arrivals.forget(self.video_id, wake)

    def _blob(self, index: int, offset: int, count: int) -> bytes:
        """count bytes of chunk index from offset, straight from its row."""
        try:
            with self._conn.blobopen("chunks", "data", self._rowids[index], readonly=True) as blob:
                blob.seek(offset)
                return blob.read(count)
        except sqlite3.OperationalError as e:  # the row is gone: evicted or a new version
            raise self._changed() from e

    def _piece(self, index: int, offset: int, count: int, sequential: bool) -> bytes:
        data = self._chunks.get(index)
        if data is not None:
            self._chunks.move_to_end(index)
        elif not sequential:  # a jump: fetch just the bytes asked, a whole chunk may not be wanted
            return self._blob(index, offset, count)
        else:
            data = self._chunks[index] = self._blob(index, 0, self._chunk_size)
            if len(self._chunks) > CACHED_CHUNKS:
                self._chunks.popitem(last=False)
        return data[offset : offset + count]

    def read(self, size: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("read from a closed reader")
        end = self.size if size is None or size < 0 else min(self._pos + size, self.size)
        if end > self._available:
            self._refresh()
        end = min(end, self._available)
        sequential = self._pos == self._last_end
        pieces = []
        while self._pos < end:
            index, offset = divmod(self._pos, self._chunk_size)
            piece = self._piece(index, offset, min(end - self._pos, self._chunk_size - offset), sequential)
            pieces.append(piece)
            self._pos += len(piece)
        self._last_end = self._pos
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(memoryview(buffer)))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if self.closed:
            raise ValueError("seek on a closed reader")
        return super().seek(offset, whence)

    def close(self) -> None:
        if self.closed:
            return
        if self._reader_id is not None:
            try:
                with self._conn:
                    self._conn.execute("delete from readers where id = ?", [self._reader_id])
            except sqlite3.OperationalError as e:  # the row is cleared once this process is gone
                logger.warning("could not unregister the reader of %s: %s", self.video_id, e)
        self._conn.close()
        self._chunks.clear()
        super().close()


def file_sha256(path: Path, video_id: str) -> str:
    """The sha256 of a video's bytes as the cache holds them. Runs in a worker thread."""
    digest = hashlib.sha256()
    with CacheReader(path, video_id) as reader:
        while block := reader.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()
