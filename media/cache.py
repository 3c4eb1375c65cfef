"""The offline video cache, cache.db: catalog videos as verified chunk rows, their state, quota and eviction.

Disposable by design: losing it costs bandwidth, never results (those live in classroom.db, which
this module never opens). One row per hub chunk (the catalog's chunk_size, 256 KiB today): the row
is the unit that is verified, kept, and lost at most on a drop (bench/RESULTS.md has the figures).
Rows are only ever appended in order, so what a video has is always a verified prefix.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from media.arrivals import Arrivals
from media.cache_reader import CacheReader
from media.cache_tables import create_tables
from media.database import open_database, writing
from media.errors import CacheFull
from media.units import size_text
from media.video_state import CatalogVideo, VideoState, VideoStatus
from protocol.http.catalog import VideoChunks

logger = logging.getLogger(__name__)

# after a checkpoint (every ~4 MB) the WAL file shrinks back to this instead of keeping its peak
WAL_LIMIT = 8 * 1024 * 1024


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Cache:
    """cache.db: what each video has on this PC. Must be used from one thread (the event loop's).

    Readers (CacheReader) open their own connections and may live in other threads or processes;
    those made by reader() hear from `arrivals` when a chunk lands, so none of them polls.
    """

    def __init__(self, path: Path, quota: int) -> None:
        self.path = path
        self.quota = quota
        self.db = open_database(path, durable=False)
        self.db.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
        self._hashes: dict[str, tuple[str, list[str]]] = {}
        self.arrivals = Arrivals()
        """Wakes readers waiting at the edge of a video when its bytes here change."""
        self._touched: set[str] = set()  # videos whose bytes the transaction under way changes
        with self._writing():
            create_tables(self.db)

    def close(self) -> None:
        self.db.close()

    def reader(self, video_id: str) -> CacheReader:
        """Open a video for playing: a reader whose edge hears of each chunk that lands here."""
        return CacheReader(self.path, video_id, self.arrivals)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; a full disk rolls it back whole and becomes CacheFull."""
        try:
            with writing(self.db):
                yield
        except sqlite3.OperationalError as e:
            if e.sqlite_errorcode != sqlite3.SQLITE_FULL:
                raise
            raise CacheFull(
                QCoreApplication.translate(
                    "cache",
                    "The disk holding the video cache ({path}) is full. Nothing was damaged; free some space,"
                    " or ask IT staff to lower [storage] quota.",
                ).format(path=self.path)
            ) from e
        finally:  # committed or not: a reader woken for nothing only looks again
            touched, self._touched = self._touched, set()
            for video_id in touched:
                self.arrivals.changed(video_id)

    # reading state

    def status(self, video_id: str) -> VideoStatus | None:
        rows = list(self.db.query("select * from videos where id = ?", [video_id]))
        return self._status(rows[0]) if rows else None

    def statuses(self) -> list[VideoStatus]:
        return [self._status(row) for row in self.db.query("select * from videos order by id")]

    @staticmethod
    def _status(row: dict[str, Any]) -> VideoStatus:
        return VideoStatus(
            row["id"],
            VideoState(row["state"]),
            row["size"],
            min(row["stored"] * row["chunk_size"], row["size"]),
            row["etag"],
            bool(row["pinned"]),
            row["last_watched"],
            row["reason"],
            json.loads(row["reason_args"] or "{}"),
        )

    def usage(self) -> int:
        """Bytes of video kept, against the quota."""
        rows = self.db.execute("select coalesce(sum(min(stored * chunk_size, size)), 0) from videos").fetchone()
        return int(rows[0])

    def open_videos(self) -> set[str]:
        """Videos open in a reader of a living process: being played, never evicted."""
        found = set()
        dead = []
        for row in self.db.query("select id, video_id, pid from readers"):
            if row["pid"] == os.getpid() or _pid_alive(row["pid"]):
                found.add(row["video_id"])
            else:
                dead.append(row["id"])
        if dead:
            with self._writing():
                self.db.execute(f"delete from readers where id in ({','.join('?' * len(dead))})", dead)
        return found

    # downloading

    def track(self, video: CatalogVideo) -> VideoStatus:
        """Take in the catalog's view of a video; a new version drops the old one's chunks."""
        meta = {"id": video.id, "url": video.url, "size": video.size, "sha256": video.sha256}
        meta |= {"chunk_size": video.chunk_size, "chunks": json.dumps(video.chunks)}
        with self._writing():
            kept = list(self.db.query("select sha256, size, chunk_size from videos where id = ?", [video.id]))
            if kept and kept[0] == {"sha256": video.sha256, "size": video.size, "chunk_size": video.chunk_size}:
                if not video.chunks:  # the same version: the chunk list fetched for it stays
                    del meta["chunks"]
                self.db.table("videos").update(video.id, meta)
            else:
                if kept:
                    logger.info("video %s changed in the catalog; dropping its old chunks", video.id)
                self._drop(video.id)
                self.db.table("videos").upsert(
                    {**meta, "etag": None, "state": VideoState.REMOTE.value, "reason": None, "reason_args": None},
                    pk="id",
                )
        self._hashes.pop(video.id, None)
        return self._must(video.id)

    def _must(self, video_id: str) -> VideoStatus:
        status = self.status(video_id)
        if status is None:
            raise KeyError(f"video {video_id} is not tracked")
        return status

    def _chunk_hashes(self, video_id: str) -> list[str]:
        sha256, hashes = self._hashes.get(video_id, ("", []))
        row = self.db.execute("select sha256, chunks from videos where id = ?", [video_id]).fetchone()
        if row[0] != sha256:
            hashes = json.loads(row[1])
            self._hashes[video_id] = (row[0], hashes)
        return hashes

    def lacks_chunks(self, video_id: str) -> bool:
        """The video's chunk hashes are not here yet (the catalog left them out): fetch them before its bytes."""
        row = self.db.execute("select size, chunks from videos where id = ?", [video_id]).fetchone()
        return bool(row[0]) and not json.loads(row[1])

    def set_chunks(self, video_id: str, found: VideoChunks) -> bool:
        """Keep a video's chunk hashes (GET videos/{id}/chunks); False, keeping nothing, when they are not of the
        version tracked or their count does not cover its size (the whole-file sha256 is checked at the end)."""
        row = self.db.execute("select size, sha256, chunk_size from videos where id = ?", [video_id]).fetchone()
        size, sha256, chunk_size = row
        if (found.sha256, found.chunk_size) != (sha256, chunk_size) or len(found.chunks) != -(-size // chunk_size):
            logger.warning("video %s: the hub's chunk list does not fit the catalog's video; not kept", video_id)
            return False
        with self._writing():
            self._set(video_id, chunks=json.dumps(found.chunks))
        self._hashes.pop(video_id, None)
        return True

    def put_chunk(self, video_id: str, index: int, data: bytes, etag: str | None) -> bool:
        """Keep the next chunk of a video if it matches the catalog's sha256; False if it does not.

        index must be the next one the video lacks: rows only grow as a verified prefix.
        """
        status = self._must(video_id)
        chunk_size = self.db.execute("select chunk_size from videos where id = ?", [video_id]).fetchone()[0]
        if index * chunk_size != status.verified or status.verified >= status.size:
            raise ValueError(f"chunk {index} of {video_id} is not the next one (have {status.verified} bytes)")
        if len(data) != min(chunk_size, status.size - status.verified):
            return False
        if hashlib.sha256(data).hexdigest() != self._chunk_hashes(video_id)[index]:
            return False
        with self._writing():
            self._touched.add(video_id)
            self.db.execute("insert into chunks (video_id, idx, data) values (?, ?, ?)", [video_id, index, data])
            self.db.execute(
                "update videos set stored = ?, etag = ?, state = ?, reason = null, reason_args = null,"
                " stored_at = ? where id = ?",
                [index + 1, etag, VideoState.DOWNLOADING.value, time.time(), video_id],
            )
        return True

    def start_over(self, video_id: str) -> None:
        """Drop a video's chunks: the hub now has another version of it."""
        with self._writing():
            self._evict(video_id)

    def finish(self, video_id: str, digest: str) -> VideoStatus:
        """Mark a fully fetched video ready if its whole-file sha256 is digest; else drop it as failed."""
        status = self._must(video_id)
        expected = self.db.execute("select sha256 from videos where id = ?", [video_id]).fetchone()[0]
        if status.verified == status.size and digest == expected:
            with self._writing():
                self._set(video_id, state=VideoState.READY.value, reason=None, reason_args=None)
            return self._must(video_id)
        logger.warning("video %s: whole-file sha256 %s, catalog says %s; dropping it", video_id, digest, expected)
        return self.fail(video_id, "checksum", drop=True)

    def fail(self, video_id: str, reason: str, drop: bool = False, **args: Any) -> VideoStatus:
        """Mark a video failed for a reason (a key of REASONS, or MESSAGE); keep its verified prefix unless drop."""
        with self._writing():
            if drop:
                self._drop(video_id)
            self._set(video_id, state=VideoState.FAILED.value, reason=reason, reason_args=json.dumps(args))
        return self._must(video_id)

    def _drop(self, video_id: str) -> None:
        self._touched.add(video_id)
        self.db.execute("delete from chunks where video_id = ?", [video_id])
        self.db.execute("update videos set stored = 0 where id = ?", [video_id])

    def _set(self, video_id: str, **values: Any) -> None:
        """Change a tracked video's row; nothing for a video not tracked yet (removed before its first pass)."""
        columns = ", ".join(f"{column} = ?" for column in values)
        self.db.execute(f"update videos set {columns} where id = ?", [*values.values(), video_id])

    # quota, eviction, pupils' choices

    def make_room(self, video_id: str, keep: Collection[str] = ()) -> bool:
        """Evict least recently watched videos until the rest of video_id fits in the quota.

        Never evicts a pinned video, one being played, or one in keep; evicts nothing at all
        when even that would not make enough room (the video then fails with reason "quota").
        """
        status = self._must(video_id)
        free = self.quota - self.usage()
        need = status.size - status.verified
        if need <= free:
            return True
        protected = {video_id, *keep, *self.open_videos()}
        victims = []
        for row in self.db.query(
            "select id, min(stored * chunk_size, size) as bytes from videos where stored > 0 and pinned = 0"
            " order by coalesce(last_watched, stored_at), id"
        ):
            if row["id"] not in protected:
                victims.append(row["id"])
                free += row["bytes"]
            if need <= free:
                with self._writing():
                    for victim in victims:
                        logger.info("evicting video %s to make room for %s", victim, video_id)
                        self._evict(victim)
                return True
        kept = self.quota - free
        self.fail(video_id, "quota", size=size_text(status.size), quota=size_text(self.quota), kept=size_text(kept))
        return False

    def _evict(self, video_id: str) -> None:
        self._drop(video_id)
        self._set(video_id, state=VideoState.REMOTE.value, etag=None, reason=None, reason_args=None)

    def pin(self, video_id: str) -> None:
        """Keep a video whatever the quota needs (the teacher wants it for a later lesson)."""
        with self._writing():
            self._set(video_id, pinned=1)

    def unpin(self, video_id: str) -> None:
        with self._writing():
            self._set(video_id, pinned=0)

    def remove(self, video_id: str) -> bool:
        """Delete a video's bytes from this PC (it stays in the catalog); False while it is being played."""
        if video_id in self.open_videos():
            return False
        with self._writing():
            self._evict(video_id)
        return True

    def mark_watched(self, video_id: str, when: float | None = None) -> None:
        """Note that a pupil played the video now (or at when, Unix time), for least-recently-watched eviction."""
        with self._writing():
            self._set(video_id, last_watched=time.time() if when is None else when)
