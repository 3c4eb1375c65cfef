"""One quiz question on screen: large buttons, keyboard keys, a picture, the time left."""

from __future__ import annotations

import base64
import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.content import shown_text
from app.outbox import ANSWER_TEXT_MAX
from app.quiz_session import QuizSession
from media.units import clock_text
from widgets.common.big_button import big_button


class QuestionView(QWidget):
    """Shows the session's current question and hands the answer back with answered(value)."""

    answered = Signal(object)

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
        self._shortcuts: list[QShortcut] = []
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.timer)
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
        for shortcut in self._shortcuts:
            shortcut.setParent(None)  # type: ignore[call-overload]
        self._shortcuts.clear()
        inputs = QWidget()
        grid = QGridLayout(inputs)
        kind = question["kind"]
        focus: QWidget | None = None
        if kind in ("single", "true_false"):
            choices = (
                [(o["id"], self._tr_text(o["text"])) for o in question["options"]]
                if kind == "single"
                else [(True, self.tr("True")), (False, self.tr("False"))]
            )
            for i, (value, label) in enumerate(choices):
                key = chr(ord("A") + i)
                button = big_button(f"{key}.  {label}")
                button.setToolTip(self.tr("Press {key} or {number}").format(key=key, number=i + 1))
                button.clicked.connect(lambda _=False, v=value: self.answered.emit(v))
                grid.addWidget(button, i // 2, i % 2)
                for shortcut_key in (key, str(i + 1)):
                    self._shortcut(shortcut_key, button.click)
        elif kind == "multiple":
            boxes = []
            for i, option in enumerate(question["options"]):
                key = chr(ord("A") + i)
                button = big_button(f"{key}.  {self._tr_text(option['text'])}")
                button.setCheckable(True)
                button.setToolTip(self.tr("Press {key} to choose or unchoose").format(key=key))
                self._shortcut(key, button.toggle)
                boxes.append((option["id"], button))
                grid.addWidget(button, i // 2, i % 2)
            done = big_button(self.tr("Done (Enter)"))
            done.clicked.connect(lambda: self.answered.emit([v for v, b in boxes if b.isChecked()]))
            grid.addWidget(done, (len(boxes) + 1) // 2, 0, 1, 2)
            self._shortcut("Return", done.click)
        else:
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
        self._inputs.setParent(None)  # type: ignore[call-overload]  # gone from the view at once, deleted later
        self._inputs.deleteLater()
        self._inputs = inputs
        if focus is not None:
            focus.setFocus()  # in the window now, so the pupil's keys go to it without a click first

    def _shortcut(self, key: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

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
