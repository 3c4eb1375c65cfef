"""One pupil answers every question of the fruit quiz, and the PC is SIGKILLed at a named point.

    python -m tests.finish_driver DATA_DIR

The point: the first SQL statement after the transaction holding the last answer has committed
(or, when nothing follows it, the moment the pupil saw the last answer accepted). Uses the app's
own QuizStore and Quizzes; only the pupil's hand is simulated.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from hub.demo import LESSONS
from media.database import open_database

QUIZ = LESSONS[0]["quiz"]
PUPIL = "Ava 王小明"


def kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    QCoreApplication(sys.argv[:1])  # for the quiz timer's QObject machinery
    db = open_database(Path(sys.argv[1]) / "classroom.db", durable=True)
    quizzes = Quizzes(QuizStore(db), lambda: None)
    seen = {"answers": 0, "committed": False}

    def trace(sql: str) -> None:
        if seen["committed"]:
            kill()
        if sql.lower().startswith("insert into answers"):
            seen["answers"] += 1
        elif sql.upper().startswith("COMMIT") and seen["answers"] == len(QUIZ["questions"]):
            seen["committed"] = True

    db.conn.set_trace_callback(trace)
    session = quizzes.begin(QUIZ, PUPIL)
    while (question := session.question) is not None:
        session.submit(question.get("answer", "x"))
    kill()


if __name__ == "__main__":
    main()
