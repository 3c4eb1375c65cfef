"""Opening the client's SQLite files (WAL) with sqlite-utils, and writing to them.

Several connections share each file (the player's CacheReader in its thread, can_start's probes,
other processes), so every writing transaction takes the write lock when it begins: see writing().
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
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


@contextlib.contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[None]:
    """One writing transaction, begun IMMEDIATE; inside another one, a savepoint (sqlite-utils' atomic()).

    sqlite-utils' atomic() begins DEFERRED: the first read takes a snapshot, and if another connection
    commits before the first write, SQLite cannot upgrade that snapshot and answers "database is
    locked" at once, whatever the busy_timeout. BEGIN IMMEDIATE takes the write lock first, waiting up
    to the busy_timeout, so what the transaction reads stays true until it commits.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()  # a no-op when an error already ended the transaction
        raise
