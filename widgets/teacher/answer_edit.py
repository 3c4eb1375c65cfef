"""The right answer of a true/false, short answer or number question, edited in the question dict itself."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLineEdit, QPlainTextEdit, QRadioButton, QWidget


def number_text(value: object) -> str:
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def read_number(text: str) -> float | int | None:
    """A number as a teacher types it ("3.5", "3,5", "12"), None when it is none."""
    try:
        number = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


class AnswerEdit(QWidget):
    """True or false: two round buttons. Short answer: the answer and other accepted spellings, one a line.
    Number: the answer and how far from it an answer may be and still be right. edited() after each change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: dict[str, Any] = {"kind": "text"}
        self.true = QRadioButton(self.tr("True"))
        self.false = QRadioButton(self.tr("False"))
        truth = QButtonGroup(self)
        truth.addButton(self.true)
        truth.addButton(self.false)
        truth.buttonToggled.connect(self._truth_changed)
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Right answer"))
        self.answer.textEdited.connect(self._answer_edited)
        self.accepted = QPlainTextEdit()
        self.accepted.setAccessibleName(self.tr("Also right"))
        self.accepted.setPlaceholderText(self.tr("Other spellings that are right too, one a line"))
        self.accepted.setMaximumHeight(90)
        self.accepted.textChanged.connect(self._accepted_edited)
        self.tolerance = QLineEdit()
        self.tolerance.setAccessibleName(self.tr("Also right within"))
        self.tolerance.setPlaceholderText(self.tr("0 for exactly the answer"))
        self.tolerance.textEdited.connect(self._tolerance_edited)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(self.tr("Right answer:"), self.true)
        self._form.addRow("", self.false)
        self._form.addRow(self.tr("Right answer:"), self.answer)
        self._form.addRow(self.tr("Also right:"), self.accepted)
        self._form.addRow(self.tr("Also right within ±"), self.tolerance)

    def edit(self, question: dict[str, Any]) -> None:
        self._question = question
        kind = question["kind"]
        answer = question.get("answer")
        for field, shown in (
            (self.true, kind == "true_false"),
            (self.false, kind == "true_false"),
            (self.answer, kind in ("text", "number")),
            (self.accepted, kind == "text"),
            (self.tolerance, kind == "number"),
        ):
            self._form.setRowVisible(field, shown)
        self.true.setChecked(answer is True)
        self.false.setChecked(answer is False)
        if not isinstance(answer, bool):  # a group's last checked button stays checked otherwise
            for button in (self.true, self.false):
                button.group().setExclusive(False)
                button.setChecked(False)
                button.group().setExclusive(True)
        self.answer.setText(number_text(answer) if kind == "number" else answer if isinstance(answer, str) else "")
        self.answer.setPlaceholderText(self.tr("A number, for example 12 or 3.5") if kind == "number" else "")
        self.accepted.blockSignals(True)
        self.accepted.setPlainText("\n".join(question.get("accepted", [])))
        self.accepted.blockSignals(False)
        self.tolerance.setText(number_text(question.get("tolerance")))

    def _truth_changed(self) -> None:
        if self._question["kind"] == "true_false" and (self.true.isChecked() or self.false.isChecked()):
            self._question["answer"] = self.true.isChecked()
            self.edited.emit()

    def _answer_edited(self, text: str) -> None:
        value: object = read_number(text) if self._question["kind"] == "number" else text.strip()
        if value in (None, ""):
            self._question.pop("answer", None)
        else:
            self._question["answer"] = value
        self.edited.emit()

    def _accepted_edited(self) -> None:
        lines = [line.strip() for line in self.accepted.toPlainText().splitlines() if line.strip()]
        if lines:
            self._question["accepted"] = lines
        else:
            self._question.pop("accepted", None)
        self.edited.emit()

    def _tolerance_edited(self, text: str) -> None:
        tolerance = read_number(text)
        if tolerance is None or tolerance <= 0:
            self._question.pop("tolerance", None)
        else:
            self._question["tolerance"] = tolerance
        self.edited.emit()
