"""Uploading a file to the hub so that a rural link, a killed client or a restarted hub costs at most a chunk.

Our own aiohttp code (app/tus.py over HubClient) rather than `tuspy`. tuspy 1.1.0 (MIT, November 2024) has an
AsyncUploader, but it opens a new aiohttp session for every request (no proxy, no shared connection) and,
after a failure, asks the offset with `requests`, blocking the event loop; its Upload-Checksum is sha1 only;
its resume store is a TinyDB JSON file keyed by an md5 of the file's first 64 KiB and its size (not
classroom.db, and blind to a change past the first 64 KiB); it has no bandwidth cap, no pause and no progress
within a chunk; and it would bring `requests` and `tinydb` into the client. The protocol the hub speaks is
four requests; here they run over HubClient's session (its proxy, its errors in the user's words), through
media.throttle.TokenBucket, with app.repeater.backoff_delay between tries.

An upload's URL is kept in classroom.db (app.upload_records) from the moment the hub made it until the hub
has the whole file; a rerun asks the hub's offset (HEAD) and goes on from there. Each PATCH carries its
chunk's sha256, so a cut costs the chunk in flight, never more; the hub checks the whole file's sha256 at
the end.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TypeVar

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from app.errors import HubError
from app.hub_client import HubClient
from app.repeater import backoff_delay
from app.tus import Damaged, Gone, TusClient
from app.upload_records import UploadRecord, UploadRecords
from media.errors import ClassroomError, HubUnreachable
from media.throttle import Pausable, TokenBucket

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

CHUNK = 1024 * 1024
"""The fewest bytes a PATCH carries: what a cut may cost (8 s at 1 Mbit/s), against one round trip a chunk."""
CHUNK_SECONDS = 4
"""Under a cap a PATCH carries this many seconds of it (at least CHUNK): the round trip and the hub's fsync
between two PATCHes then cost about 1% of the cap (bench/upload.py), a cut about 4 s of sending."""
MOST_CHUNK = 16 * 1024 * 1024
BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
TRIES = 6
"""Failed requests in a row, with no byte gained, before an upload gives up until it is started again."""
STARTS = 3
"""Times an upload may start over (the hub lost it, or the file changed) in one call."""
BLOCK = 1024 * 1024

Progress = Callable[[int, int], None]
"""Called with (bytes sent, bytes in the file) as the upload goes on."""
T = TypeVar("T")


def file_sha256(path: Path) -> str:
    """The hex sha256 of a whole file. Runs in a worker thread."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def read_chunk(path: Path, offset: int, size: int) -> tuple[bytes, bytes]:
    """size bytes of a file from offset (fewer at its end), and their sha256 digest. Runs in a worker thread."""
    with path.open("rb") as f:
        f.seek(offset)
        chunk = f.read(size)
    return chunk, hashlib.sha256(chunk).digest()


def _unreadable(path: Path, error: OSError) -> ClassroomError:
    return ClassroomError(
        translate("upload", "Cannot read {file}: {error}.").format(file=path, error=error.strerror or error)
    )


class _Changed(Exception):
    """The file is not the one its upload began with."""


class Uploader(Pausable):
    """Uploads files to one hub, each resumable across runs; pause() holds it for a live lesson.

    bandwidth_cap: bytes a second ([downloads] bandwidth_cap; 0: none), for uploads on their own bucket.
    chunk_size: bytes a PATCH carries (default: CHUNK_SECONDS at the cap, CHUNK at least).
    Must be used in the event loop.
    """

    def __init__(
        self,
        hub: HubClient,
        db: sqlite_utils.Database,
        *,
        bandwidth_cap: int = 0,
        chunk_size: int | None = None,
        backoff: Sequence[float] = BACKOFF,
        tries: int = TRIES,
    ) -> None:
        super().__init__()
        self._tus = TusClient(hub)
        self._records = UploadRecords(db)
        self._bucket = TokenBucket(bandwidth_cap)
        self._chunk_size = chunk_size or min(MOST_CHUNK, max(CHUNK, bandwidth_cap * CHUNK_SECONDS))
        self._backoff, self._tries = backoff, tries
        self.sent = 0
        """Bytes of files sent over this uploader's life, including any a cut lost."""

    async def max_size(self) -> int | None:
        """The most bytes the hub takes in one upload, None when it does not say."""
        return await self._tus.max_size()

    async def upload(self, path: Path, progress: Progress | None = None) -> str:
        """Upload a file, or go on with its unfinished upload; the hub's upload id once the hub has it whole.

        Raises HubError when the hub refuses it (with the hub's own sentence; too big: before any byte is
        sent), HubUnreachable when the link stays down (a later call goes on from the hub's offset), and
        ClassroomError when the file cannot be read.
        """
        path = path.resolve()
        for _ in range(STARTS):
            record = await self._record(path)
            try:
                await self._send(record, progress or (lambda sent, total: None))
            except (Gone, _Changed) as e:
                why = "the hub no longer has it" if isinstance(e, Gone) else "the file changed on disk"
                logger.warning("upload of %s to %s: %s; starting over", path, record.url, why)
                self._records.forget(path)
                continue
            self._records.forget(path)
            return record.url.rsplit("/", 1)[1]
        raise HubError(
            translate(
                "upload",
                "The upload of {file} had to start over {times} times (the file kept changing, or the hub at {url}"
                " kept losing it). Try again later, or tell the hub's administrator.",
            ).format(file=path.name, times=STARTS, url=self._tus.hub.url)
        )

    def _stat(self, path: Path) -> tuple[int, int]:
        try:
            stat = path.stat()
        except OSError as e:
            raise _unreadable(path, e) from e
        return stat.st_size, stat.st_mtime_ns

    async def _record(self, path: Path) -> UploadRecord:
        """The file's unfinished upload, or a new one (the hub's size limit checked first)."""
        size, mtime_ns = self._stat(path)
        record = self._records.find(path)
        if record is not None and (record.size, record.mtime_ns) == (size, mtime_ns):
            return record
        if record is not None:
            logger.warning("upload of %s to %s: the file changed on disk; starting over", path, record.url)
            self._records.forget(path)
        most = await self._patiently(self._tus.max_size)
        if most is not None and size > most:
            raise HubError(
                translate(
                    "upload",
                    "{file} has {size} bytes; the hub at {url} takes uploads of up to {most} bytes. Shorten or"
                    " compress the video, or ask the hub's administrator.",
                ).format(file=path.name, size=f"{size:,}", url=self._tus.hub.url, most=f"{most:,}")
            )
        try:
            sha256 = await asyncio.to_thread(file_sha256, path)
        except OSError as e:
            raise _unreadable(path, e) from e
        url = await self._patiently(lambda: self._tus.create(size, path.name, sha256))
        record = UploadRecord(str(path), size, mtime_ns, sha256, url)
        self._records.keep(record)
        logger.info("upload of %s (%d bytes) begun at %s", path, size, url)
        return record

    async def _patiently(self, step: Callable[[], Awaitable[T]]) -> T:
        """step(), again after a backoff while the hub is unreachable, up to `tries` times."""
        failures = 0
        while True:
            await self._running.wait()
            try:
                return await step()
            except HubUnreachable:
                failures += 1
                if failures >= self._tries:
                    raise
            await asyncio.sleep(backoff_delay(self._backoff, failures))

    async def _send(self, record: UploadRecord, progress: Progress) -> None:
        """PATCH the rest of the file from the hub's offset, asking it again (HEAD) after each failure."""
        path = Path(record.path)
        offset = await self._patiently(lambda: self._tus.offset(record.url))
        failures = 0
        while offset < record.size:
            await self._running.wait()
            if self._stat(path) != (record.size, record.mtime_ns):
                raise _Changed
            try:
                chunk, digest = await asyncio.to_thread(read_chunk, path, offset, self._chunk_size)
            except OSError as e:
                raise _unreadable(path, e) from e
            at = offset

            def sent(count: int) -> None:
                nonlocal at
                at += count
                self.sent += count
                progress(at, record.size)

            try:
                offset = await self._tus.patch(record.url, offset, chunk, digest, self._bucket, self._running, sent)
                failures = 0
            except (HubUnreachable, Damaged) as e:
                failures += 1
                logger.info("upload of %s: %s (%d in a row)", path, str(e) or "damaged on the way", failures)
                if failures >= self._tries:
                    raise self._gave_up(e) from None
                await asyncio.sleep(backoff_delay(self._backoff, failures))
                offset = await self._patiently(lambda: self._tus.offset(record.url))
            progress(offset, record.size)

    def _gave_up(self, error: Exception) -> HubUnreachable:
        if isinstance(error, HubUnreachable):
            return error
        return HubUnreachable(
            translate(
                "upload",
                "The upload to the hub at {url} kept arriving damaged. Check the network; it goes on from where it"
                " stopped when you try again.",
            ).format(url=self._tus.hub.url)
        )
