"""Quiz attempts and answers in classroom.db: each answer durable the moment it is given.

An answer and its outbox row are written in one transaction, so an answer a pupil saw accepted
is either waiting in the outbox or already acknowledged by the hub, whatever happens after.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from app.outbox import create_outbox_table
from media.database import writing


def now() -> str:
    """This PC's clock as ISO 8601 with its offset; the hub keeps it as given and orders by its own."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Attempt:
    """One pupil taking one quiz once."""

    id: str
    quiz: dict[str, Any]
    """The quiz as it was when the attempt started, so a catalog change cannot break it halfway."""
    pupil: str
    started_at: str
    finished_at: str | None

    @property
    def quiz_id(self) -> str:
        return str(self.quiz["id"])

    def seconds_left(self, at: datetime | None = None) -> float | None:
        """Time left under the quiz's time limit, counted from the start; None without a limit."""
        limit = self.quiz.get("time_limit")
        if limit is None:
            return None
        elapsed = ((at or datetime.now(UTC)) - datetime.fromisoformat(self.started_at)).total_seconds()
        return max(0.0, limit - elapsed)


Finished = Callable[[Attempt], None]
"""Called with an attempt just finished, inside the transaction that finishes it."""


def is_correct(question: dict[str, Any], answer: Any) -> bool | None:
    """Whether an answer matches the question's key; None when the quiz gives no key.

    A text question may accept other spellings (`accepted`), a number question a distance from the key
    (`tolerance`), as quizzes imported from Moodle or GIFT have them."""
    if "answer" not in question:
        return None
    key = question["answer"]
    kind = question["kind"]
    if kind == "multiple":
        return isinstance(answer, list) and sorted(answer) == sorted(key)
    if kind == "number":
        if not isinstance(answer, int | float) or isinstance(answer, bool):
            return False
        return math.isclose(answer, key) or abs(answer - key) <= question.get("tolerance", 0)
    if kind == "text":
        right = {str(text).strip().casefold() for text in [key, *question.get("accepted", [])]}
        return isinstance(answer, str) and answer.strip().casefold() in right
    return bool(answer == key and type(answer) is type(key))


class QuizStore:
    """Attempts and answers. Must be used from one thread; every write is one durable transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        db.table("attempts").create(
            {"id": str, "quiz_id": str, "quiz": str, "pupil": str, "started_at": str, "finished_at": str},
            pk="id",
            not_null={"quiz_id", "quiz", "pupil", "started_at"},
            if_not_exists=True,
        )
        db.table("answers").create(
            {
                "id": str,
                "attempt_id": str,
                "quiz_id": str,
                "question_id": str,
                "pupil": str,
                "answer": str,
                "answered_at": str,
            },
            pk="id",
            foreign_keys=[("attempt_id", "attempts", "id")],
            if_not_exists=True,
        )
        db.table("answers").create_index(["attempt_id", "question_id"], unique=True, if_not_exists=True)
        create_outbox_table(db)

    def start(self, quiz: dict[str, Any], pupil: str) -> Attempt:
        attempt = Attempt(str(uuid.uuid4()), quiz, pupil, datetime.now(UTC).isoformat(), None)
        with writing(self._db):
            self._db.table("attempts").insert(
                {
                    "id": attempt.id,
                    "quiz_id": attempt.quiz_id,
                    "quiz": json.dumps(quiz, ensure_ascii=False),
                    "pupil": pupil,
                    "started_at": attempt.started_at,
                    "finished_at": None,
                }
            )
        return attempt

    def unfinished(self, quiz_id: str, pupil: str) -> Attempt | None:
        """The pupil's attempt at this quiz that a crash or a closed window interrupted, if any.

        An attempt with every question answered is over, finished or not: versions before the last
        answer and the finish were one transaction could be stopped between the two.
        """
        rows = list(
            self._db.query(
                "select * from attempts a where quiz_id = ? and pupil = ? and finished_at is null"
                " and (select count(*) from answers where attempt_id = a.id) < json_array_length(a.quiz, '$.questions')"
                " order by started_at desc limit 1",
                [quiz_id, pupil],
            )
        )
        return self._attempt(rows[0]) if rows else None

    def answers(self, attempt: Attempt) -> dict[str, Any]:
        """The answers given so far, by question id."""
        rows = self._db.query("select question_id, answer from answers where attempt_id = ?", [attempt.id])
        return {row["question_id"]: json.loads(row["answer"]) for row in rows}

    def answer(self, attempt: Attempt, question_id: str, value: Any) -> str:
        """Keep an answer and queue it for the hub, in one durable transaction; returns its UUID.

        A question already answered in this attempt keeps its first answer (sqlite3.IntegrityError).
        """
        with writing(self._db):
            return self._insert_answer(attempt, question_id, value)

    def answer_last(
        self, attempt: Attempt, question_id: str, value: Any, then: Finished = lambda done: None
    ) -> Attempt:
        """Keep the attempt's last answer, queue it and finish the attempt, in one durable transaction; then(the
        finished attempt) runs inside it (to record the quiz's progress, say)."""
        with writing(self._db):
            self._insert_answer(attempt, question_id, value)
            finished = self._finish(attempt)
            then(finished)
            return finished

    def finish(self, attempt: Attempt, then: Finished = lambda done: None) -> Attempt:
        """Finish the attempt (its time ran out); then(the finished attempt) runs in the same transaction."""
        with writing(self._db):
            finished = self._finish(attempt)
            then(finished)
            return finished

    def _insert_answer(self, attempt: Attempt, question_id: str, value: Any) -> str:
        answer_id = str(uuid.uuid4())
        # plain SQL: sqlite-utils' insert() re-reads the schema on every call
        self._db.execute(
            "insert into answers (id, attempt_id, quiz_id, question_id, pupil, answer, answered_at)"
            " values (?, ?, ?, ?, ?, ?, ?)",
            [
                answer_id,
                attempt.id,
                attempt.quiz_id,
                question_id,
                attempt.pupil,
                json.dumps(value, ensure_ascii=False),
                now(),
            ],
        )
        self._db.execute("insert into outbox (id, queued_at) values (?, ?)", [answer_id, datetime.now(UTC).isoformat()])
        return answer_id

    def _finish(self, attempt: Attempt) -> Attempt:
        finished_at = datetime.now(UTC).isoformat()
        self._db.execute("update attempts set finished_at = ? where id = ?", [finished_at, attempt.id])
        return Attempt(attempt.id, attempt.quiz, attempt.pupil, attempt.started_at, finished_at)

    @staticmethod
    def _attempt(row: dict[str, Any]) -> Attempt:
        return Attempt(row["id"], json.loads(row["quiz"]), row["pupil"], row["started_at"], row["finished_at"])
