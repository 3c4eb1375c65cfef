"""Quiz attempts on a real classroom.db: durable answers, resuming, marking, time limits."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from pytestqt.qtbot import QtBot

from app.outbox import Outbox
from app.quiz_session import Quizzes
from app.quizzes import QuizStore, is_correct
from hub.demo import LESSONS
from media.errors import ClassroomError

FRACTIONS: dict[str, Any] = LESSONS[1]["quiz"]
FRUIT: dict[str, Any] = LESSONS[0]["quiz"]


def test_each_answer_is_on_disk_with_its_outbox_row_before_submit_returns(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    saved: list[None] = []
    session = Quizzes(QuizStore(db), lambda: saved.append(None)).begin(FRACTIONS, "陳怡君")
    session.submit(4)
    # another connection, as after a crash: the answer and its outbox row are both there
    other = sqlite3.connect(tmp_path / "classroom.db")
    answers = other.execute("select id, question_id, answer from answers").fetchall()
    assert [(q, a) for _, q, a in answers] == [("q1", "4")]
    assert other.execute("select id from outbox").fetchall() == [(answers[0][0],)]
    assert other.execute("pragma synchronous").fetchone() == (2,)  # FULL
    other.close()
    assert saved == [None]


def test_reopening_continues_at_the_first_unanswered_question(db: sqlite_utils.Database) -> None:
    quizzes = Quizzes(QuizStore(db), lambda: None)
    first = quizzes.begin(FRUIT, "林志明")
    first.submit("b")
    assert quizzes.progress(FRUIT["id"], "林志明") == (1, 3)
    assert quizzes.progress(FRUIT["id"], "黃詩涵") is None
    again = Quizzes(QuizStore(db), lambda: None).begin(FRUIT, "林志明")
    assert again.attempt.id == first.attempt.id
    assert again.question is not None and again.question["id"] == "q2" and again.number == 2
    again.submit(["a", "c"])
    again.submit(" Apple ")
    assert again.is_finished and again.question is None
    assert [m.correct for m in again.summary()] == [True, True, True]
    assert quizzes.progress(FRUIT["id"], "林志明") is None  # finished: a new start is a new attempt
    assert Outbox(db).count() == 3


def test_a_question_cannot_be_answered_twice_in_one_attempt(db: sqlite_utils.Database) -> None:
    store = QuizStore(db)
    attempt = store.start(FRUIT, "Ana Lin")
    store.answer(attempt, "q1", "a")
    with pytest.raises(sqlite3.IntegrityError):
        store.answer(attempt, "q1", "b")
    assert store.answers(attempt) == {"q1": "a"} and Outbox(db).count() == 1


def test_a_full_disk_loses_no_answer_already_given(db: sqlite_utils.Database) -> None:
    session = Quizzes(QuizStore(db), lambda: None).begin(FRUIT, "王俊傑")
    session.submit("b")
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages}")  # the database cannot grow: as a full disk
    with pytest.raises(ClassroomError, match="could not be saved") as caught:
        session.submit(["a", "c"] * 2000)
    assert "disk may be full" in str(caught.value)
    db.execute("pragma max_page_count = 1073741823")
    assert session.question is not None and session.question["id"] == "q2"  # still waiting for it
    assert QuizStore(db).answers(session.attempt) == {"q1": "b"}
    assert Outbox(db).count() == 1
    session.submit(["a", "c"])
    assert Outbox(db).count() == 2


def test_the_time_limit_counts_from_the_start_and_ends_the_quiz(db: sqlite_utils.Database, qtbot: QtBot) -> None:
    store = QuizStore(db)
    attempt = store.start(FRACTIONS, "吳佩珊")
    started = datetime.fromisoformat(attempt.started_at)
    assert attempt.seconds_left(started + timedelta(seconds=60)) == 240
    assert attempt.seconds_left(started + timedelta(seconds=400)) == 0
    assert store.start(FRUIT, "吳佩珊").seconds_left() is None
    # an attempt whose time ran out while the PC was off ends at the first tick
    db.execute(
        "update attempts set started_at = ? where id = ?",
        [(datetime.now(UTC) - timedelta(seconds=301)).isoformat(), attempt.id],
    )
    session = Quizzes(store, lambda: None).begin(FRACTIONS, "吳佩珊")
    assert session.seconds_left == 0
    with qtbot.waitSignal(session.finished, timeout=5000):
        pass  # the one-second timer notices
    assert session.is_finished
    assert [m.answer for m in session.summary()] == [None, None, None]


@pytest.mark.parametrize(
    ("kind", "key", "answer", "right"),
    [
        ("single", "b", "b", True),
        ("single", "b", "a", False),
        ("multiple", ["a", "c"], ["c", "a"], True),
        ("multiple", ["a", "c"], ["a"], False),
        ("true_false", True, True, True),
        ("true_false", True, 1, False),
        ("number", 4, 4.0, True),
        ("number", 100, 99.5, False),
        ("number", 4, True, False),
        ("text", "apple", "  APPLE ", True),
        ("text", "apple", "aple", False),
    ],
)
def test_marking(kind: str, key: Any, answer: Any, right: bool) -> None:
    assert is_correct({"kind": kind, "answer": key}, answer) is right
    assert is_correct({"kind": kind}, answer) is None


@pytest.mark.parametrize(
    ("question", "answer", "right"),
    [
        ({"kind": "text", "answer": "colour", "accepted": ["color"]}, " Color", True),
        ({"kind": "text", "answer": "colour", "accepted": ["color"]}, "colr", False),
        ({"kind": "number", "answer": 3.5, "tolerance": 0.1}, 3.45, True),
        ({"kind": "number", "answer": 3.5, "tolerance": 0.1}, 3.7, False),
        ({"kind": "number", "answer": 3, "tolerance": 2}, 1, True),
    ],
)
def test_marking_accepts_variants_and_a_tolerance(question: dict[str, Any], answer: Any, right: bool) -> None:
    """Imported quizzes (Moodle, GIFT) carry short answers' accepted variants and numbers' tolerance."""
    assert is_correct(question, answer) is right
