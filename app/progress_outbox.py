"""Progress events waiting for the hub, in classroom.db.

An event is queued with its UUID in the same transaction as the ProgressLog row it reports, so a crash between
the two cannot lose or double it. It leaves once the hub has acknowledged it as stored (or as a repeat of one it
had); one the hub refuses (it would refuse it again) stays here with the hub's reason and is no longer sent, so it
never holds back the events after it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlite_utils

from media.database import writing
from protocol.http.progress import Kind, ProgressEvent

TABLE = "progress_outbox"
FIELDS = ("id", "lesson", "viewer", "kind", "at", "fraction", "right", "total")


def create_progress_outbox(db: sqlite_utils.Database) -> None:
    db.table(TABLE).create(
        {
            "id": str,
            "lesson": str,
            "viewer": str,
            "kind": str,
            "at": str,
            "fraction": float,
            "right": int,
            "total": int,
            "reason": str,
            "set_aside_at": str,
        },
        pk="id",
        if_not_exists=True,
    )


def queue_event(
    db: sqlite_utils.Database,
    lesson: str,
    viewer: str,
    kind: Kind,
    at: str,
    fraction: float | None = None,
    score: tuple[int, int] | None = None,
) -> None:
    """Queue one event under a new UUID. Must be called inside the writing transaction of what it reports."""
    right, total = score if score is not None else (None, None)
    db.execute(
        f"insert into {TABLE} (id, lesson, viewer, kind, at, fraction, right, total) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [str(uuid.uuid4()), lesson, viewer, kind, at, fraction, right, total],
    )


class ProgressOutbox:
    """Reads and clears the progress outbox. Must be used from one thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        create_progress_outbox(db)

    def count(self) -> int:
        return int(self._db.execute(f"select count(*) from {TABLE} where reason is null").fetchone()[0])

    def set_aside_count(self) -> int:
        """Events the hub refused, kept on this PC."""
        return int(self._db.execute(f"select count(*) from {TABLE} where reason is not null").fetchone()[0])

    def batch(self, limit: int) -> list[ProgressEvent]:
        """The oldest waiting events, as POST /api/v1/progress items."""
        rows = self._db.query(
            f"select {', '.join(FIELDS)} from {TABLE} where reason is null order by rowid limit ?", [limit]
        )
        return [ProgressEvent(**row) for row in rows]

    def acknowledge(self, ids: list[str]) -> None:
        """Forget events the hub has durably stored."""
        with writing(self._db):
            self._db.conn.executemany(f"delete from {TABLE} where id = ?", [(i,) for i in ids])

    def set_aside(self, event_id: str, reason: str) -> None:
        """Stop sending an event the hub refused; it stays in classroom.db with the hub's reason."""
        with writing(self._db):
            self._db.execute(
                f"update {TABLE} set reason = ?, set_aside_at = ? where id = ?",
                [reason, datetime.now(UTC).isoformat(timespec="seconds"), event_id],
            )
