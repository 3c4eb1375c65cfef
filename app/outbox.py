"""The result outbox in classroom.db: answers waiting for the hub's acknowledgement.

A row leaves only when the hub has acknowledged its answer as stored (or as a repeat of one it
already had), so an answer is sent at least once and, with the hub keying on its UUID, kept once.
An answer the hub refuses (it would refuse it again) is set aside instead: out of the outbox, kept
in classroom.db with the hub's reason, so it never holds back the answers after it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlite_utils

from media.database import writing
from protocol.http.results import Result

PUPIL_MAX = 100
"""The longest pupil name the hub takes (protocol/openapi.json, Result.pupil)."""
ANSWER_TEXT_MAX = 2000
"""The longest typed answer the hub takes (protocol/openapi.json, Result.answer)."""


def create_outbox_table(db: sqlite_utils.Database) -> None:
    db.table("outbox").create(
        {"id": str, "queued_at": str}, pk="id", foreign_keys=[("id", "answers", "id")], if_not_exists=True
    )
    db.table("set_aside").create(
        {"id": str, "reason": str, "set_aside_at": str},
        pk="id",
        foreign_keys=[("id", "answers", "id")],
        if_not_exists=True,
    )


class Outbox:
    """Reads and clears the outbox. Must be used from one thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def count(self) -> int:
        return int(self._db.execute("select count(*) from outbox").fetchone()[0])

    def set_aside_count(self) -> int:
        """Answers the hub refused, kept on this PC."""
        return int(self._db.execute("select count(*) from set_aside").fetchone()[0])

    def batch(self, limit: int) -> list[Result]:
        """The oldest waiting answers, as POST /api/v1/results items, each naming the version of the quiz its attempt
        showed (none for a quiz from a hub older than versions, which would refuse the field)."""
        rows = self._db.query(
            "select a.id, a.quiz_id, a.question_id, a.pupil, a.answer, a.answered_at,"
            " json_extract(t.quiz, '$.version') as quiz_version from outbox o"
            " join answers a on a.id = o.id join attempts t on t.id = a.attempt_id"
            " order by o.queued_at, o.rowid limit ?",
            [limit],
        )
        return [Result(**{**row, "answer": json.loads(row["answer"])}) for row in rows]

    def acknowledge(self, ids: list[str]) -> None:
        """Forget answers the hub has durably stored."""
        with writing(self._db):
            self._db.conn.executemany("delete from outbox where id = ?", [(i,) for i in ids])

    def set_aside(self, answer_id: str, reason: str) -> None:
        """Stop sending an answer the hub refused; it stays in classroom.db with the hub's reason."""
        with writing(self._db):
            self._db.execute(
                "insert or ignore into set_aside (id, reason, set_aside_at) values (?, ?, ?)",
                [answer_id, reason, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            self._db.execute("delete from outbox where id = ?", [answer_id])
