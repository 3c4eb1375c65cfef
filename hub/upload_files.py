"""The bytes of resumable uploads: one file per upload in the data dir's `uploads/`, written as a PATCH streams in.

A file's size is its upload's offset, so what arrived before a cut stays, and a restarted hub resumes
from what is on disk. The whole file's sha256 is kept up to date as bytes arrive (no second pass over
hundreds of MB at the end); after a restart, the part already on disk is hashed once more in a worker
thread, never in the event loop. Must be used in the event loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from aiohttp import StreamReader

BLOCK = 1024 * 1024


class ChecksumMismatch(Exception):
    """The PATCH body does not match its Upload-Checksum; it was discarded."""


class TooLong(Exception):
    """The PATCH body runs past the upload's length; it was discarded."""


def _hash_prefix(path: Path, length: int) -> Any:
    """The sha256 state of a file's first length bytes. Runs in a worker thread."""
    whole = hashlib.sha256()
    with path.open("rb") as f:
        while length and (block := f.read(min(BLOCK, length))):
            whole.update(block)
            length -= len(block)
    return whole


class UploadFiles:
    """The uploads folder, one lock per upload (one PATCH at a time) and the running sha256 of each file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._locks: dict[str, asyncio.Lock] = {}
        self._hashes: dict[str, tuple[int, Any]] = {}  # upload id: (bytes hashed, sha256 state)

    def path(self, upload_id: str) -> Path:
        return self.folder / upload_id

    def offset(self, upload_id: str) -> int:
        try:
            return self.path(upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    def modified(self, upload_id: str) -> float:
        """When the upload's last byte arrived (its creation before the first), as time.time(); 0 if it has no file."""
        try:
            return self.path(upload_id).stat().st_mtime
        except FileNotFoundError:
            return 0.0

    def lock(self, upload_id: str) -> asyncio.Lock:
        return self._locks.setdefault(upload_id, asyncio.Lock())

    def create(self, upload_id: str) -> None:
        self.path(upload_id).touch()

    def remove(self, upload_id: str) -> None:
        self.path(upload_id).unlink(missing_ok=True)
        self._hashes.pop(upload_id, None)

    def free(self) -> int:
        """Bytes free on the disk that holds the uploads."""
        return shutil.disk_usage(self.folder).free

    def sha256(self, upload_id: str) -> str:
        """The hex sha256 of the whole file, after its last byte has arrived."""
        return str(self._hashes[upload_id][1].hexdigest())

    async def _hash_to(self, upload_id: str, offset: int) -> Any:
        hashed, state = self._hashes.get(upload_id, (-1, None))
        if hashed != offset:  # a restarted hub: hash what is on disk once, off the loop (the body waits meanwhile)
            loop = asyncio.get_running_loop()
            state = await loop.run_in_executor(None, _hash_prefix, self.path(upload_id), offset) if offset else None
            state = state or hashlib.sha256()
            self._hashes[upload_id] = (offset, state)
        return state.copy()

    async def receive(
        self, upload_id: str, content: StreamReader, room: int, checksum: tuple[str, bytes] | None, idle: float
    ) -> int:
        """Append a PATCH body to the file as it arrives; returns the new offset.

        Without a checksum, all the hub had read before a cut (or idle seconds without a byte, or a full disk)
        is kept and the error raised (aiohttp drops what it had buffered but not handed on: at most its read buffer).
        With one, the body is kept only whole and matching; else ChecksumMismatch, or the read's error, and
        the file is as before. Raises TooLong (body discarded) past room bytes.
        """
        offset = self.offset(upload_id)
        whole = await self._hash_to(upload_id, offset)
        part = hashlib.new(checksum[0]) if checksum else None
        received = 0
        keep = False
        with self.path(upload_id).open("ab", buffering=0) as f:  # unbuffered: what reached the disk is known
            try:
                while block := await asyncio.wait_for(content.readany(), idle):
                    if received + len(block) > room:
                        raise TooLong
                    view = memoryview(block)
                    while view:  # a nearly full disk writes part of a block, then says ENOSPC
                        landed = view[: f.write(view) or 0]
                        whole.update(landed)
                        if part is not None:
                            part.update(landed)
                        received += len(landed)
                        view = view[len(landed) :]
                if part is not None and checksum is not None and part.digest() != checksum[1]:
                    raise ChecksumMismatch
                keep = True
            except (TooLong, ChecksumMismatch):
                raise
            except BaseException:
                keep = part is None  # cut or disk full: keep what arrived, unless it must be checked whole
                raise
            finally:
                if keep:
                    self._hashes[upload_id] = (offset + received, whole)
                else:
                    f.truncate(offset)
            await asyncio.get_running_loop().run_in_executor(None, os.fsync, f.fileno())
        return offset + received
