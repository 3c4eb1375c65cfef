"""What this classroom did with its lessons, as This week shows it: per lesson and viewer (a pupil, or "" for the
class as a whole) how much of the video is here and was seen, and the quiz's score once done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from app import catalog_rows
from app.progress_outbox import create_progress_outbox, queue_event
from media.database import writing
from protocol.http.progress import Kind

TABLE = "lesson_progress"


@dataclass(frozen=True)
class Done:
    """A quiz done: right of total."""

    right: int
    total: int


class ProgressLog:
    """Reads and records this PC's progress in classroom.db; each change recorded is queued for the hub as an event
    in the same transaction (app/progress_outbox.py), and queued() is called after it. Must be used from one thread.
    """

    def __init__(self, db: sqlite_utils.Database, queued: Callable[[], None] = lambda: None) -> None:
        self._db = db
        self._queued = queued
        create_progress_outbox(db)
        catalog_rows.create_table(db)
        db.table(TABLE).create(
            {"lesson": str, "viewer": str, "kind": str, "fraction": float, "right": int, "total": int, "at": str},
            pk=("lesson", "viewer", "kind"),
            if_not_exists=True,
        )

    def record_fraction(self, lesson: str, viewer: str, kind: Kind, fraction: float, at: str) -> bool:
        """Keep a larger fraction downloaded or watched and queue it for the hub; False when it is not larger than
        what was kept (nothing is queued then). Inside a caller's transaction, part of it."""
        with writing(self._db):
            cursor = self._db.execute(
                f"insert into {TABLE} (lesson, viewer, kind, fraction, at) values (?, ?, ?, ?, ?)"
                " on conflict (lesson, viewer, kind) do update set fraction = excluded.fraction, at = excluded.at"
                f" where excluded.fraction > coalesce({TABLE}.fraction, -1)",
                [lesson, viewer, kind, fraction, at],
            )
            larger = cursor.rowcount > 0
            if larger:
                queue_event(self._db, lesson, viewer, kind, at, fraction=fraction)
        if larger:
            self._queued()
        return larger

    def record_quiz(self, lesson: str, viewer: str, done: Done, at: str) -> None:
        """Keep the newest score of a viewer's quiz and queue it for the hub. Inside a caller's transaction (the
        attempt's finish), part of it."""
        with writing(self._db):
            self._db.execute(
                f"insert or replace into {TABLE} (lesson, viewer, kind, right, total, at)"
                " values (?, ?, 'quiz', ?, ?, ?)",
                [lesson, viewer, done.right, done.total, at],
            )
            queue_event(self._db, lesson, viewer, "quiz", at, score=(done.right, done.total))
        self._queued()

    def lessons_with(self, key: str, value: str) -> list[str]:
        """The catalog's lessons whose video or quiz (key) has this id."""
        rows = self._db.execute(
            f"select id from {catalog_rows.TABLE} where json_extract(body, '$.' || ? || '.id') = ? order by position",
            [key, value],
        )
        return [row[0] for row in rows]

    def video_held(self, video_id: str, at: str) -> None:
        """The whole video is on this PC: downloaded, for the class, of every lesson that shows it."""
        for lesson in self.lessons_with("video", video_id):
            self.record_fraction(lesson, "", "downloaded", 1.0, at)

    def quiz_finished(self, quiz_id: str, pupil: str, done: Done, at: str) -> None:
        """A pupil finished a lesson's quiz (a quiz of no lesson, a live lesson's, is not progress)."""
        for lesson in self.lessons_with("quiz", quiz_id):
            self.record_quiz(lesson, pupil, done, at)

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
