"""The Classroom entry point: the lessons, and a lesson's quiz in their place while it is taken."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from widgets.student.classroom_page import ClassroomPage
from widgets.student.quiz_page import QuizPage


class ClassroomScreen(QStackedWidget):
    """Switches between the lesson list and the quiz flow."""

    def __init__(self, lessons: ClassroomPage, quiz: QuizPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lessons = lessons
        self.quiz = quiz
        self.addWidget(lessons)
        self.addWidget(quiz)
        lessons.quiz_requested.connect(self._open_quiz)
        quiz.closed.connect(lambda: self.setCurrentWidget(lessons))

    def _open_quiz(self, quiz: dict[str, object]) -> None:
        self.quiz.begin(quiz)
        self.setCurrentWidget(self.quiz)
