"""A quiz tried out as a pupil takes it, its answers kept in memory only and forgotten when the try ends."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from app.quiz_session import QuizSession
from app.quizzes import QuizStore


class QuizTrial:
    """One pupil's session over a quiz in a database in memory: nothing reaches classroom.db or the hub."""

    def __init__(self, quiz: dict[str, Any], pupil: str) -> None:
        self._db = sqlite_utils.Database(memory=True)
        store = QuizStore(self._db)
        self.session = QuizSession(store, store.start(quiz, pupil), lambda: None)

    def close(self) -> None:
        """Forget the answers given."""
        self.session.leave()
        self._db.close()
