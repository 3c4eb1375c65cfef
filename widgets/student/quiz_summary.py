"""The end of a quiz: words that fit the score, then each question with the pupil's answer and the right one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.content import shown_text
from app.quiz_session import Marked, QuizSession


class QuizSummary(QWidget):
    """The score in words, each question marked right or not in words and signs; done() goes back to the lessons.

    The heading's words by the share of right answers among the questions that have a right answer:
    all, at least half ("most"), fewer than half ("some"), none; without any right answer to compare
    with, a thank-you. A question not right shows its right answer below the pupil's.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self._items = QWidget()
        self._items.setObjectName("summaryItems")
        self._rows = QVBoxLayout(self._items)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._items)
        self.close_button = QPushButton(self.tr("Back to the lessons"))
        self.close_button.setProperty("big", True)
        self.close_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.advice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button)

    def _text(self, text: dict[str, str]) -> str:
        return shown_text(text)

    def _shown(self, question: dict[str, Any], value: Any) -> str:
        """An answer (given or right) as the pupil reads it: the choices' words, typed text in quotes."""
        if question["kind"] == "text":
            return self.tr("“{text}”").format(text=value)
        options = {o["id"]: self._text(o["text"]) for o in question.get("options", [])}
        values: list[Any] = value if isinstance(value, list) else [value]
        shown = [
            self.tr("True") if v is True else self.tr("False") if v is False else options.get(v, str(v)) for v in values
        ]
        return self.tr(", ").join(shown) or self.tr("nothing chosen")

    def _answer_line(self, marked: Marked) -> str:
        if marked.answer is None:
            return self.tr("– Not answered: the time ran out.")
        answer = self._shown(marked.question, marked.answer)
        if marked.correct is None:
            return self.tr("Your answer: {answer}").format(answer=answer)
        if marked.correct:
            return self.tr("✔ Right. Your answer: {answer}").format(answer=answer)
        return self.tr("✘ Not right. Your answer: {answer}").format(answer=answer)

    def _right_line(self, question: dict[str, Any]) -> str:
        right = question["answer"]
        shown = self._shown(question, right)
        if isinstance(right, list) and len(right) > 1:
            return self.tr("Right answers: {answers}").format(answers=shown)
        return self.tr("Right answer: {answer}").format(answer=shown)

    def _heading(self, pupil: str, right: int, keyed: int) -> str:
        if keyed == 0:
            return self.tr("Thank you, {pupil}! Your answers are saved.").format(pupil=pupil)
        if right == keyed:
            text = self.tr("Well done, {pupil}! You got all %n question(s) right.", "", keyed)
        elif right == 0:
            text = self.tr("{pupil}, you got none of the %n question(s) right this time.", "", keyed)
        elif 2 * right >= keyed:
            text = self.tr("Good work, {pupil}! You got {right} of %n question(s) right.", "", keyed)
        else:
            text = self.tr("Keep going, {pupil}! You got {right} of %n question(s) right.", "", keyed)
        return text.format(pupil=pupil, right=right)

    def show_session(self, session: QuizSession) -> None:
        marked = session.summary()
        keyed = [m for m in marked if "answer" in m.question]
        right = sum(m.correct is True for m in keyed)
        self.heading.setText(self._heading(session.pupil, right, len(keyed)))
        self.advice.setText(self.tr("The right answers are below: look at them again.") if right < len(keyed) else "")
        self.advice.setVisible(right < len(keyed))
        while (item := self._rows.takeAt(0)) is not None:
            if widget := item.widget():
                widget.deleteLater()
        for number, m in enumerate(marked, 1):
            self._rows.addWidget(self._item(number, m))
        self._rows.addStretch(1)

    def _item(self, number: int, marked: Marked) -> QFrame:
        """One question: its text, the pupil's answer marked in words and a sign, the right answer if missed."""
        item = QFrame()
        item.setObjectName("summaryItem")
        lines = QVBoxLayout(item)
        question = QLabel(f"{number}. {self._text(marked.question['text'])}")
        question.setObjectName("subheading")
        answer = QLabel(self._answer_line(marked))
        answer.setProperty("mark", {True: "right", False: "wrong", None: ""}[marked.correct])
        labels = [question, answer]
        if marked.correct is not True and "answer" in marked.question:
            right = QLabel(self._right_line(marked.question))
            right.setObjectName("rightAnswer")
            labels.append(right)
        for label in labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the pupil's typed text as typed
            lines.addWidget(label)
        return item
