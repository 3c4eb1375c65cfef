"""The teacher's pop-up quiz: one of the catalog's quizzes to every classroom now, and how many answered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.catalog import CatalogService
from app.content import shown_text
from app.live.lesson import LiveLesson
from widgets.live.sending import send_live


class QuizPush(QWidget):
    """A combo of the catalog's lessons' quizzes and Push; the line below counts the answers as they come."""

    def __init__(self, lesson: LiveLesson, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson, self._catalog = lesson, catalog
        self._pushed = ""
        title = QLabel(self.tr("Pop-up quiz"))
        title.setObjectName("subheading")
        self.quizzes = QComboBox()
        self.quizzes.setAccessibleName(self.tr("Quiz to push"))
        self.push_button = QPushButton(self.tr("Push"))
        self.push_button.setToolTip(self.tr("Every classroom gets this quiz to answer now"))
        self.push_button.clicked.connect(self.push)
        self.results = QLabel()
        self.results.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.quizzes, 1)
        row.addWidget(self.push_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.results)
        catalog.lessons_changed.connect(self.fill)
        lesson.results_arrived.connect(self._count)
        self.fill()

    def fill(self) -> None:
        chosen = self.quizzes.currentData()
        self.quizzes.clear()
        for lesson in self._catalog.lessons:
            if lesson.quiz is not None:  # a lesson that is only a video has none to push
                self.quizzes.addItem(shown_text(lesson.quiz["title"]), lesson.quiz["id"])
        if chosen is not None and (index := self.quizzes.findData(chosen)) >= 0:
            self.quizzes.setCurrentIndex(index)
        self.push_button.setEnabled(self.quizzes.count() > 0)

    def reset(self) -> None:
        self._pushed = ""
        self.results.clear()

    def push(self) -> None:
        quiz = self.quizzes.currentData()
        if quiz:
            send_live(
                self, self._lesson, self._lesson.push_quiz(quiz), lambda: self._pushed_now(quiz), self._not_pushed
            )

    def _pushed_now(self, quiz: str) -> None:
        self._pushed = quiz
        self._count(quiz)

    def _not_pushed(self, reason: str) -> None:
        self.results.setText(self.tr("Not pushed: the hub cannot be reached just now. Try again in a moment."))

    def _count(self, quiz: str) -> None:
        if quiz == self._pushed:
            answers = len(self._lesson.room.answers(quiz))
            self.results.setText(
                self.tr("“{title}”: %n answer(s) so far", "", answers).format(title=self.quizzes.currentText())
            )
