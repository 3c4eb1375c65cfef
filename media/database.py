"""Opening the client's SQLite files (WAL) with sqlite-utils."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from media.errors import ClassroomError


def open_database(path: Path, durable: bool) -> sqlite_utils.Database:
    """Open or create a database in WAL mode.

    durable: every commit reaches the disk before it returns (classroom.db, whose rows are
    pupils' answers); otherwise a power cut may lose the last commits (cache.db, re-downloadable).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(sqlite3.connect(path))
        db.enable_wal()
        db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        db.execute("PRAGMA busy_timeout=5000")
    except (OSError, sqlite3.Error) as e:
        raise ClassroomError(
            QCoreApplication.translate(
                "database",
                "Cannot open {path}: {error}. Check that the data folder exists, is writable"
                " and the disk is not full, or set another [storage] data_dir.",
            ).format(path=path, error=e)
        ) from e
    return db
