"""The choices of a single or multiple choice question, each marked right or not, added and removed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.quiz_draft import free_id
from widgets.teacher.content_text_edit import ContentTextEdit, Writing


class ChoiceListEdit(QWidget):
    """Edits a choice question's options and answer in place; edited() after each change.

    Single choice: one "Right" round button among the choices; multiple choice: a "Right" box on each.
    """

    edited = Signal()
    rebuilt = Signal()
    """The rows were made anew (a choice added or removed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: dict[str, Any] = {"kind": "single", "options": []}
        self._writing = Writing("en")
        self.rows: list[tuple[QAbstractButton, ContentTextEdit]] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._rows = QWidget()
        self.add_button = QPushButton(self.tr("Add a choice"))
        self.add_button.clicked.connect(self._add)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self._rows)
        self._layout.addWidget(self.add_button)

    def edit(self, question: dict[str, Any], writing: Writing) -> None:
        self._question, self._writing = question, writing
        self._build()

    def _build(self) -> None:
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        multiple = self._question["kind"] == "multiple"
        self.hint.setText(
            self.tr("Tick the box before each right answer.")
            if multiple
            else self.tr("Mark the right answer with the round button before it.")
        )
        group = QButtonGroup(rows)
        group.setExclusive(not multiple)
        answer = self._question.get("answer")
        right = set(answer) if isinstance(answer, list) else {answer}
        self.rows = []
        for i, option in enumerate(self._question["options"]):
            letter = chr(ord("A") + i) if i < 26 else str(i + 1)
            mark: QAbstractButton = QCheckBox(letter) if multiple else QRadioButton(letter)
            mark.setToolTip(self.tr("The right answer") if not multiple else self.tr("A right answer"))
            mark.setAccessibleName(self.tr("Choice {letter} is right").format(letter=letter))
            mark.setChecked(option["id"] in right)
            group.addButton(mark)
            mark.toggled.connect(self._marked)
            text = ContentTextEdit(self.tr("Choice {letter}").format(letter=letter))
            text.edit(option["text"], self._writing)
            text.edited.connect(self.edited)
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove choice {letter}").format(letter=letter))
            remove.setAccessibleName(remove.toolTip())
            remove.clicked.connect(lambda _=False, at=i: self._remove(at))
            grid.addWidget(mark, i, 0)
            grid.addWidget(text, i, 1)
            grid.addWidget(remove, i, 2)
            self.rows.append((mark, text))
        self._layout.replaceWidget(self._rows, rows)
        self._rows.setParent(None)  # type: ignore[call-overload]
        self._rows.deleteLater()
        self._rows = rows
        self.rebuilt.emit()

    def _marked(self) -> None:
        ids = [o["id"] for o, (mark, _) in zip(self._question["options"], self.rows, strict=True) if mark.isChecked()]
        if self._question["kind"] == "multiple":
            self._question["answer"] = ids
        elif ids:
            self._question["answer"] = ids[0]
        else:
            self._question.pop("answer", None)
        self.edited.emit()

    def _add(self) -> None:
        options = self._question["options"]
        new_id = free_id("o", {o["id"] for o in options})
        options.append({"id": new_id, "text": {"language": self._writing.language, "text": ""}})
        self._build()
        self.rows[-1][1].author.setFocus()
        self.edited.emit()

    def _remove(self, at: int) -> None:
        removed = self._question["options"].pop(at)["id"]
        answer = self._question.get("answer")
        if answer == removed:
            self._question.pop("answer")
        elif isinstance(answer, list) and removed in answer:
            answer.remove(removed)
        self._build()
        self.edited.emit()
