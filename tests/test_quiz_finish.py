"""The last answer and the end of the quiz are one: a kill between them cannot leave a quiz half over."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from app.outbox import Outbox
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from media.database import open_database
from tests.finish_driver import PUPIL, QUIZ


def test_a_kill_right_after_the_last_answer_leaves_the_quiz_finished(tmp_path: Path) -> None:
    driver = subprocess.run(
        [sys.executable, "-m", "tests.finish_driver", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert driver.returncode == -signal.SIGKILL, driver.stderr
    db = open_database(tmp_path / "classroom.db", durable=True)
    try:
        questions = len(QUIZ["questions"])
        assert db.execute("select count(*) from answers").fetchone()[0] == questions
        assert Outbox(db).count() == questions
        attempts = db.execute("select count(*), count(finished_at) from attempts").fetchone()
        assert attempts == (1, 1), "every question answered, yet the quiz is not finished"
        assert Quizzes(QuizStore(db), lambda: None).progress(QUIZ["id"], PUPIL) is None
    finally:
        db.close()


def test_an_attempt_left_with_every_answer_but_unfinished_is_not_offered_again(db: sqlite_utils.Database) -> None:
    store = QuizStore(db)
    attempt = store.start(QUIZ, PUPIL)  # as versions before the fix could leave it after a kill
    for question in QUIZ["questions"]:
        store.answer(attempt, question["id"], question.get("answer", "x"))
    quizzes = Quizzes(store, lambda: None)
    assert quizzes.progress(QUIZ["id"], PUPIL) is None
    session = quizzes.begin(QUIZ, PUPIL)  # a new try, as after a finished quiz
    assert session.attempt.id != attempt.id and session.number == 1
    assert session.question == QUIZ["questions"][0]


def test_an_attempt_stopped_halfway_is_still_offered(db: sqlite_utils.Database) -> None:
    store = QuizStore(db)
    attempt = store.start(QUIZ, PUPIL)
    store.answer(attempt, QUIZ["questions"][0]["id"], "b")
    quizzes = Quizzes(store, lambda: None)
    assert quizzes.progress(QUIZ["id"], PUPIL) == (1, len(QUIZ["questions"]))
    assert quizzes.begin(QUIZ, PUPIL).attempt.id == attempt.id
