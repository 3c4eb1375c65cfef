"""Unfinished uploads, kept in classroom.db so that a killed client or a switched-off PC resumes them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

TABLE = "uploads"


@dataclass(frozen=True)
class UploadRecord:
    """One file on its way to the hub, as it was when its upload began."""

    path: str
    """The file's absolute path on this PC."""
    size: int
    """Its size in bytes."""
    mtime_ns: int
    """Its modification time (nanoseconds): a file changed since then is uploaded afresh."""
    sha256: str
    """The whole file's sha256 (hex), as the hub was told in Upload-Metadata."""
    url: str
    """The hub's URL of the upload (the hub's address and its Location)."""

    def matches(self, path: Path) -> bool:
        """Whether the file at path is still the one this upload began with (same size and time)."""
        stat = path.stat()
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns


class UploadRecords:
    """The `uploads` table of classroom.db: one row a file not yet wholly on the hub. Must be used in the event loop."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        db.table(TABLE).create(
            {"path": str, "size": int, "mtime_ns": int, "sha256": str, "url": str}, pk="path", if_not_exists=True
        )

    def find(self, path: Path) -> UploadRecord | None:
        rows = list(self._db.query(f"select * from {TABLE} where path = ?", [str(path)]))
        return UploadRecord(**rows[0]) if rows else None

    def keep(self, record: UploadRecord) -> None:
        with self._db.atomic():
            self._db.table(TABLE).upsert(vars(record), pk="path")

    def forget(self, path: Path) -> None:
        with self._db.atomic():
            self._db.execute(f"delete from {TABLE} where path = ?", [str(path)])
