"""What this classroom did with its lessons, as This week shows it: per lesson and viewer (a pupil, or "" for the
class as a whole) how much of the video is here and was seen, and the quiz's score once done."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from media.database import writing
from protocol.http.progress import Kind

TABLE = "lesson_progress"


@dataclass(frozen=True)
class Done:
    """A quiz done: right of total."""

    right: int
    total: int


class ProgressLog:
    """Reads and records this PC's progress in classroom.db. Must be used from one thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        db.table(TABLE).create(
            {"lesson": str, "viewer": str, "kind": str, "fraction": float, "right": int, "total": int, "at": str},
            pk=("lesson", "viewer", "kind"),
            if_not_exists=True,
        )

    def record_fraction(self, lesson: str, viewer: str, kind: Kind, fraction: float, at: str) -> bool:
        """Keep a larger fraction downloaded or watched; False when it is not larger than what was kept."""
        with writing(self._db):
            cursor = self._db.execute(
                f"insert into {TABLE} (lesson, viewer, kind, fraction, at) values (?, ?, ?, ?, ?)"
                " on conflict (lesson, viewer, kind) do update set fraction = excluded.fraction, at = excluded.at"
                f" where excluded.fraction > coalesce({TABLE}.fraction, -1)",
                [lesson, viewer, kind, fraction, at],
            )
        return cursor.rowcount > 0

    def record_quiz(self, lesson: str, viewer: str, done: Done, at: str) -> None:
        """Keep the newest score of a viewer's quiz."""
        with writing(self._db):
            self._db.table(TABLE).upsert(
                {
                    "lesson": lesson,
                    "viewer": viewer,
                    "kind": "quiz",
                    "right": done.right,
                    "total": done.total,
                    "at": at,
                },
                pk=("lesson", "viewer", "kind"),
            )

    def watched(self, lesson: str) -> float | None:
        """The largest fraction of the lesson's video seen by the class or any pupil; None: not started."""
        row = self._db.execute(
            f"select max(fraction) from {TABLE} where lesson = ? and kind = 'watched'", [lesson]
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def quiz(self, lesson: str) -> Done | None:
        """The class's score of the lesson's quiz, or else its pupils' scores summed; None: not done."""
        rows = list(
            self._db.query(f"select viewer, right, total from {TABLE} where lesson = ? and kind = 'quiz'", [lesson])
        )
        own = [row for row in rows if row["viewer"] == ""] or rows
        if not own:
            return None
        return Done(sum(row["right"] for row in own), sum(row["total"] for row in own))
