"""One quiz question on screen: large buttons, keyboard keys, a picture, the time left, a way out."""

from __future__ import annotations

import base64
import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.content import shown_text
from app.outbox import ANSWER_TEXT_MAX
from app.quiz_session import QuizSession
from media.units import clock_text
from widgets.common.big_button import big_button
from widgets.student.choice_inputs import ChoiceInputs


class QuestionView(QWidget):
    """Shows the session's current question and hands the confirmed answer back with answered(value).

    leave_requested() when the pupil presses "Leave the quiz" (or Esc).
    """

    answered = Signal(object)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QLabel()
        self.timer = QLabel()
        self.timer.setObjectName("timer")
        self.text = QLabel()
        self.text.setObjectName("question")
        self.text.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self._inputs = QWidget()
        self.choices: ChoiceInputs | None = None
        """The current question's choices; None for a typed answer."""
        self.leave_button = QPushButton(self.tr("Leave the quiz"))
        self.leave_button.setToolTip(self.tr("Your answers so far are kept; you can come back (Esc)"))
        self.leave_button.clicked.connect(self.leave_requested)
        QShortcut(QKeySequence("Esc"), self).activated.connect(self.leave_button.click)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.timer)
        top.addWidget(self.leave_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.text)
        self._layout.addWidget(self.picture)
        self._layout.addWidget(self._inputs, 1)
        self._layout.addWidget(self.problem)

    def _tr_text(self, text: dict[str, str]) -> str:
        return shown_text(text)

    def show_question(self, session: QuizSession) -> None:
        question = session.question
        if question is None:
            return
        self.progress.setText(
            self.tr("Question {number} of {total}").format(number=session.number, total=len(session.questions))
        )
        self.show_time(session.seconds_left)
        self.text.setText(self._tr_text(question["text"]))
        self.problem.clear()
        picture = QPixmap()
        if question.get("picture"):
            picture.loadFromData(base64.b64decode(question["picture"]["data"]))
        self.picture.setPixmap(picture)
        self.picture.setVisible(not picture.isNull())
        self._replace_inputs(question)

    def show_time(self, seconds: int | None) -> None:
        self.timer.setVisible(seconds is not None)
        if seconds is not None:
            self.timer.setText(self.tr("Time left {time}").format(time=clock_text(seconds)))

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)

    def _replace_inputs(self, question: dict[str, Any]) -> None:
        kind = question["kind"]
        inputs: QWidget
        focus: QWidget | None = None
        if kind in ("single", "true_false", "multiple"):
            choices: list[tuple[object, str]] = (
                [(True, self.tr("True")), (False, self.tr("False"))]
                if kind == "true_false"
                else [(o["id"], self._tr_text(o["text"])) for o in question["options"]]
            )
            inputs = self.choices = ChoiceInputs(choices, multiple=kind == "multiple")
            inputs.confirmed.connect(self.answered)
        else:
            self.choices = None
            inputs = QWidget()
            grid = QGridLayout(inputs)
            field = QLineEdit()
            field.setObjectName("answerField")
            field.setMinimumHeight(56)
            field.setAccessibleName(self.tr("Your answer"))
            field.setMaxLength(ANSWER_TEXT_MAX)  # the hub's limit: a longer answer would be refused
            if kind == "number":
                field.setValidator(QDoubleValidator(field))
                field.setPlaceholderText(self.tr("Type a number"))
            else:
                field.setPlaceholderText(self.tr("Type your answer"))
            ok = big_button(self.tr("OK (Enter)"))
            ok.clicked.connect(lambda: self._submit_text(field, kind))
            field.returnPressed.connect(ok.click)
            grid.addWidget(field, 0, 0)
            grid.addWidget(ok, 0, 1)
            focus = field
        self._layout.replaceWidget(self._inputs, inputs)
        # gone from the view at once (its shortcuts with it), deleted later
        self._inputs.setParent(None)  # type: ignore[call-overload]
        self._inputs.deleteLater()
        self._inputs = inputs
        inputs.show()  # now, not at the next turn of the event loop: the next key press is for these inputs
        if focus is not None:
            focus.setFocus()  # in the window now, so the pupil's keys go to it without a click first

    def _submit_text(self, field: QLineEdit, kind: str) -> None:
        text = field.text().strip()
        if not text:
            self.show_problem(self.tr("Type an answer first."))
            return
        if kind == "number":
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                number = math.inf
            if not math.isfinite(number):  # "1e999" is no answer the hub can take
                self.show_problem(self.tr("Type a number, for example 12 or 3.5."))
                return
            self.answered.emit(int(number) if number.is_integer() else number)
        else:
            self.answered.emit(text)
