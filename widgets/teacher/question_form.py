"""One question of the quiz editor: its kind, text, choices or answer, picture, and what it still needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.quiz_draft import CHOICE_KINDS, KINDS, question_problems
from app.sentences import sentences
from widgets.common.names import kind_name
from widgets.teacher.answer_edit import AnswerEdit
from widgets.teacher.choice_list_edit import ChoiceListEdit
from widgets.teacher.content_text_edit import ContentTextEdit, Writing
from widgets.teacher.picture_edit import PictureEdit


class QuestionForm(QWidget):
    """Edits one question dict in place; edited() after each change, kind_chosen(kind) when the teacher picks
    another kind (the editor replaces the question), failed(sentence) for a picture it cannot take."""

    edited = Signal()
    kind_chosen = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: dict[str, Any] = {"kind": "single", "text": {"language": "en", "text": ""}, "options": []}
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of question"))
        self.kind.activated.connect(lambda: self.kind_chosen.emit(self.kind.currentData()))
        self.text = ContentTextEdit(self.tr("The question"))
        self.choices = ChoiceListEdit()
        self.answer = AnswerEdit()
        self.picture = PictureEdit()
        self.picture.failed.connect(self.failed)
        self.problems = QLabel()
        self.problems.setObjectName("problem")
        self.problems.setWordWrap(True)
        for part in (self.text, self.choices, self.answer, self.picture):
            part.edited.connect(self._edited)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Question:"), self.text)
        form.addRow(self.tr("Picture:"), self.picture)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.choices)
        layout.addWidget(self.answer)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def edit(self, question: dict[str, Any], writing: Writing) -> None:
        self._question = question
        self.kind.setCurrentIndex(self.kind.findData(question["kind"]))
        self.text.edit(question["text"], writing)
        choice = question["kind"] in CHOICE_KINDS
        self.choices.setVisible(choice)
        self.answer.setVisible(not choice)
        if choice:
            self.choices.edit(question, writing)
        else:
            self.answer.edit(question)
        self.picture.edit(question)
        self._show_problems()

    def _edited(self) -> None:
        self._show_problems()
        self.edited.emit()

    def _show_problems(self) -> None:
        problems = question_problems(self._question)
        self.problems.setText(sentences(*problems))
        self.problems.setVisible(bool(problems))
