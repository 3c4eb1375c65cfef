"""The tables of cache.db: videos and their state, one row per verified chunk, and the readers playing them."""

from __future__ import annotations

import sqlite_utils

from media.video_state import VideoState


def create_tables(db: sqlite_utils.Database) -> None:
    """Create whatever tables cache.db lacks (in the caller's transaction)."""
    db.table("videos").create(
        {
            "id": str,
            "url": str,
            "size": int,
            "sha256": str,
            "chunk_size": int,
            "chunks": str,
            "etag": str,
            "state": str,
            "stored": int,
            "reason": str,
            "reason_args": str,
            "pinned": int,
            "stored_at": float,
            "last_watched": float,
        },
        pk="id",
        not_null={"url", "size", "sha256", "chunk_size", "chunks", "state", "stored", "pinned"},
        defaults={"stored": 0, "pinned": 0, "state": VideoState.REMOTE.value},
        if_not_exists=True,
    )
    # autoincrement: a reader's row ids never come to mean another video's bytes
    db.execute(
        "CREATE TABLE IF NOT EXISTS chunks (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " video_id TEXT NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (video_id, idx))"
    )
    db.table("readers").create({"id": int, "video_id": str, "pid": int}, pk="id", if_not_exists=True)
