"""A quiz as a pupil sees it, in the pupils' own question and summary screens; the answers are forgotten."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.content import shown_text
from app.quiz_preview import QuizTrial
from media.errors import ClassroomError
from widgets.student.question_view import QuestionView
from widgets.student.quiz_summary import QuizSummary


class QuizPreview(QDialog):
    """The teacher takes the quiz as a pupil would: each question, then the summary with the right answers.

    Nothing is kept: the answers live in memory until the window closes and never reach classroom.db or the hub.
    """

    def __init__(self, quiz: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=shown_text(quiz["title"])))
        self.resize(900, 640)
        self.trial = QuizTrial(quiz, self.tr("Pupil"))
        session = self.trial.session
        note = QLabel(self.tr("This is how pupils see the quiz. What you answer here is not kept."))
        note.setObjectName("subheading")
        note.setWordWrap(True)
        self.question = QuestionView()
        self.question.answered.connect(self._answered)
        self.question.leave_requested.connect(self.close)
        self.summary = QuizSummary()
        self.summary.close_button.setText(self.tr("Close the preview"))
        self.summary.done.connect(self.close)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.question)
        self.pages.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.pages, 1)
        session.question_changed.connect(lambda: self.question.show_question(session))
        session.seconds_left_changed.connect(lambda: self.question.show_time(session.seconds_left))
        session.finished.connect(self._finished)
        self.question.show_question(session)
        self.finished.connect(lambda _: self.trial.close())

    def _answered(self, value: object) -> None:
        try:
            self.trial.session.submit(value)
        except ClassroomError as e:
            self.question.show_problem(str(e))

    def _finished(self) -> None:
        self.summary.show_session(self.trial.session)
        self.pages.setCurrentWidget(self.summary)
