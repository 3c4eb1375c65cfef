"""One pupil working through one quiz: which question is next, the time limit, the summary."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.progress_log import Done
from app.quizzes import Attempt, QuizStore, is_correct, now
from media.errors import ClassroomError

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

QuizFinished = Callable[[str, str, Done, str], None]
"""Called with the quiz's id, the pupil, the score and the time as a pupil's attempt finishes, inside the
transaction that finishes it (ProgressLog.quiz_finished)."""


def no_progress(quiz_id: str, pupil: str, done: Done, at: str) -> None:
    """A quiz finished where no progress is kept."""


@dataclass(frozen=True)
class Marked:
    """A question of the summary with the pupil's answer."""

    question: dict[str, Any]
    answer: Any
    """The answer given, or None when time ran out first."""
    correct: bool | None
    """None when unanswered or when the quiz has no answer key."""


class QuizSession(QObject):
    """Questions one at a time, forward only: an answer given is kept and sent, never changed."""

    question_changed = Signal()
    seconds_left_changed = Signal()
    finished = Signal()

    def __init__(
        self,
        store: QuizStore,
        attempt: Attempt,
        answer_saved: Callable[[], None],
        quiz_finished: QuizFinished = no_progress,
    ) -> None:
        super().__init__()
        self._store = store
        self._attempt = attempt
        self._answer_saved = answer_saved
        self._quiz_finished = quiz_finished
        self._answers = store.answers(attempt)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._seconds_left = attempt.seconds_left()
        if self._seconds_left is not None:
            self._timer.start()

    @property
    def attempt(self) -> Attempt:
        return self._attempt

    @property
    def pupil(self) -> str:
        return self._attempt.pupil

    @property
    def questions(self) -> list[dict[str, Any]]:
        return list(self._attempt.quiz["questions"])

    @property
    def question(self) -> dict[str, Any] | None:
        """The first question not answered yet; None when the quiz is over."""
        if self.is_finished:
            return None
        return next((q for q in self.questions if q["id"] not in self._answers), None)

    @property
    def number(self) -> int:
        """1-based position of the current question."""
        return len(self._answers) + 1

    @property
    def seconds_left(self) -> int | None:
        return None if self._seconds_left is None else int(self._seconds_left)

    @property
    def is_finished(self) -> bool:
        return self._attempt.finished_at is not None

    def submit(self, value: Any) -> None:
        """Keep the answer to the current question (durably) and move on.

        Raises ClassroomError when the answer could not be saved; nothing is lost then, the pupil
        can press again.
        """
        question = self.question
        if question is None:
            return
        last = all(q["id"] in self._answers for q in self.questions if q["id"] != question["id"])
        try:
            if last:  # the last answer and the finish together: never every answer given yet unfinished
                finished = self._store.answer_last(self._attempt, question["id"], value, self._finished)
            else:
                self._store.answer(self._attempt, question["id"], value)
        except sqlite3.Error as e:
            logger.error("answer not saved: %s", e)
            raise ClassroomError(
                translate(
                    "quiz",
                    "Your answer could not be saved ({error}). Press again; the answers you already gave are"
                    " safe. If it keeps happening, tell the teacher: the disk may be full.",
                ).format(error=e)
            ) from e
        self._answers[question["id"]] = value
        self._answer_saved()
        if last:
            self._timer.stop()
            self._attempt = finished
            self.finished.emit()
        else:
            self.question_changed.emit()

    def leave(self) -> None:
        """The pupil leaves before the end: the answers given stay, the attempt stays open to continue.

        The time limit counts from the start, as after a crash; this session just stops counting.
        """
        self._timer.stop()

    def summary(self) -> list[Marked]:
        marked = []
        for question in self.questions:
            answer = self._answers.get(question["id"])
            correct = None if question["id"] not in self._answers else is_correct(question, answer)
            marked.append(Marked(question, answer, correct))
        return marked

    def _tick(self) -> None:
        self._seconds_left = self._attempt.seconds_left()
        self.seconds_left_changed.emit()
        if self._seconds_left == 0:
            self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self._attempt = self._store.finish(self._attempt, self._finished)
        self.finished.emit()

    def _finished(self, attempt: Attempt) -> None:
        """The score of a finished attempt: the questions with a key, and those answered right."""
        answers = self._store.answers(attempt)
        keyed = [q for q in attempt.quiz["questions"] if "answer" in q]
        right = sum(1 for q in keyed if q["id"] in answers and is_correct(q, answers[q["id"]]))
        self._quiz_finished(attempt.quiz_id, attempt.pupil, Done(right, len(keyed)), now())


class Quizzes:
    """Starts or resumes a pupil's quiz sessions; every saved answer wakes the result sync, every finished attempt is
    told to quiz_finished."""

    def __init__(
        self, store: QuizStore, answer_saved: Callable[[], None], quiz_finished: QuizFinished = no_progress
    ) -> None:
        self._store = store
        self._answer_saved = answer_saved
        self._quiz_finished = quiz_finished

    def progress(self, quiz_id: str, pupil: str) -> tuple[int, int] | None:
        """(answered, total) of an interrupted attempt to continue, or None."""
        attempt = self._store.unfinished(quiz_id, pupil)
        if attempt is None:
            return None
        return len(self._store.answers(attempt)), len(attempt.quiz["questions"])

    def begin(self, quiz: dict[str, Any], pupil: str) -> QuizSession:
        """Continue the pupil's interrupted attempt at this quiz, or start a new one."""
        attempt = self._store.unfinished(quiz["id"], pupil) or self._store.start(quiz, pupil)
        return QuizSession(self._store, attempt, self._answer_saved, self._quiz_finished)
