"""Taking a quiz on a shared classroom PC: pick your name, continue or start, answer or leave, see the summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.catalog import CatalogService
from app.content import shown_text
from app.quiz_session import QuizSession, Quizzes
from app.sentences import sentences
from media.errors import ClassroomError
from widgets.common.ask import ask
from widgets.common.big_button import big_button
from widgets.student.pupil_picker import PupilPicker
from widgets.student.question_view import QuestionView
from widgets.student.quiz_summary import QuizSummary


class QuizPage(QStackedWidget):
    """The quiz flow; closed() when the pupil goes back to the lessons, at the end or leaving halfway."""

    closed = Signal()

    def __init__(self, quizzes: Quizzes, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quizzes = quizzes
        self._catalog = catalog
        self._quiz: dict[str, Any] = {}
        self._pupil = ""
        self.session: QuizSession | None = None
        self.leave_question: QMessageBox | None = None
        self.picker = PupilPicker()
        self.picker.picked.connect(self._picked)
        self.picker.back.connect(self.closed)
        self.resume = QWidget()
        self.resume_text = QLabel()
        self.resume_text.setObjectName("heading")
        self.resume_text.setWordWrap(True)
        self.continue_button = big_button(self.tr("Continue"))
        self.continue_button.clicked.connect(lambda: self._start(self._pupil))
        not_me = big_button(self.tr("That is not me"))
        not_me.clicked.connect(lambda: self.setCurrentWidget(self.picker))
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(not_me)
        resume_layout = QVBoxLayout(self.resume)
        resume_layout.addWidget(self.resume_text)
        resume_layout.addLayout(buttons)
        resume_layout.addStretch(1)
        self.question = QuestionView()
        self.question.answered.connect(self._answered)
        self.question.leave_requested.connect(self.ask_to_leave)
        self.summary = QuizSummary()
        self.summary.done.connect(self.closed)
        for page in (self.picker, self.resume, self.question, self.summary):
            self.addWidget(page)

    def _title(self) -> str:
        return shown_text(self._quiz["title"])

    def begin(self, quiz: dict[str, Any]) -> None:
        self._drop_session()
        self._quiz = quiz
        roster = self._catalog.roster
        self.picker.show_roster(
            self.tr("Who is taking the quiz “{title}”? Choose your name.").format(title=self._title())
            if roster
            else self.tr("Who is taking the quiz “{title}”? Type your name below.").format(title=self._title()),
            roster,
        )
        self.setCurrentWidget(self.picker)

    def _picked(self, pupil: str) -> None:
        self._pupil = pupil
        progress = self._quizzes.progress(self._quiz["id"], pupil)
        if progress is None:
            self._start(pupil)
            return
        answered, total = progress
        self.resume_text.setText(
            self.tr(
                "{pupil}, you started “{title}” before and answered {answered} of {total} questions."
                " Continue where you stopped?"
            ).format(pupil=pupil, title=self._title(), answered=answered, total=total)
        )
        self.setCurrentWidget(self.resume)

    def _start(self, pupil: str) -> None:
        self._drop_session()
        session = self._quizzes.begin(self._quiz, pupil)
        session.question_changed.connect(lambda: self.question.show_question(session))
        session.seconds_left_changed.connect(lambda: self.question.show_time(session.seconds_left))
        session.finished.connect(lambda: self._show_summary(session))
        self.session = session
        if session.question is None:
            self._show_summary(session)
            return
        self.question.show_question(session)
        self.setCurrentWidget(self.question)

    def _answered(self, value: object) -> None:
        assert self.session is not None
        try:
            self.session.submit(value)
        except ClassroomError as e:
            self.question.show_problem(str(e))

    def _show_summary(self, session: QuizSession) -> None:
        if self.leave_question is not None:
            self.leave_question.reject()  # the time ran out while asked: nothing left to leave
        self.summary.show_session(session)
        self.setCurrentWidget(self.summary)

    def ask_to_leave(self) -> None:
        """Ask once whether to leave the quiz now; the answers given are kept either way."""
        if self.leave_question is not None or self.session is None:
            return  # asked already
        details = self.tr("Your answers so far are kept. To go on later, open this quiz again and choose your name.")
        if self.session.seconds_left is not None:
            details = sentences(details, self.tr("The time limit keeps running while you are away."))
        self.leave_question = ask(
            self,
            self.tr("Leave the quiz?"),
            self.tr("Leave the quiz now?"),
            self._leave_answered,
            details,
            self.tr("Leave the quiz"),
            self.tr("Keep going"),
        )

    def _leave_answered(self, leave: bool) -> None:
        self.leave_question = None
        if leave and self.currentWidget() is self.question:
            self._drop_session()
            self.closed.emit()

    def _drop_session(self) -> None:
        """Stop the session on screen, if any: an unfinished one stays to be continued."""
        if self.session is not None:
            self.session.leave()
            self.session = None
