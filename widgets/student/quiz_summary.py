"""The end of a quiz: what the pupil answered, what was right, and whether it has reached the hub."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.content import shown_text
from app.quiz_session import Marked, QuizSession


class QuizSummary(QWidget):
    """Score, each question with the answer given; done() goes back to the lessons."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        close = QPushButton(self.tr("Back to the lessons"))
        close.setProperty("big", True)
        close.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)

    def _text(self, text: dict[str, str]) -> str:
        return shown_text(text)

    def _answer_text(self, marked: Marked) -> str:
        if marked.answer is None:
            return self.tr("not answered")
        options = {o["id"]: self._text(o["text"]) for o in marked.question.get("options", [])}
        values: list[Any] = marked.answer if isinstance(marked.answer, list) else [marked.answer]
        shown = [
            self.tr("True") if v is True else self.tr("False") if v is False else options.get(v, str(v)) for v in values
        ]
        return self.tr(", ").join(shown) or self.tr("nothing chosen")

    def show_session(self, session: QuizSession) -> None:
        marked = session.summary()
        right = sum(m.correct is True for m in marked)
        self.heading.setText(
            self.tr("Well done, {pupil}! {right} of {total} right.").format(
                pupil=session.pupil, right=right, total=len(marked)
            )
        )
        rows = []
        for number, m in enumerate(marked, 1):
            mark = {True: "✔", False: "✘", None: "–"}[m.correct]
            rows.append(
                f"<p><b>{number}. {html.escape(self._text(m.question['text']))}</b><br>"
                f"{mark} {html.escape(self._answer_text(m))}</p>"
            )
        self.details.setText("".join(rows))
