"""One text of lesson content (a title, a question, a choice) as its author writes it, and its second language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from app.quiz_draft import translated, written
from protocol.content import Text


@dataclass(frozen=True)
class Writing:
    """The languages the teacher writes a quiz in."""

    language: str
    """The author's language, a BCP 47 tag."""
    second: str | None = None
    """The optional second language's tag."""
    second_name: str = ""
    """The second language's name in the interface's language."""


class ContentTextEdit(QWidget):
    """A line for the author's words and, when the quiz has a second language, a line for that language's.

    Edits the text dict it is given in place (schema Text) and says edited() after each change; a translation
    stays as it was while its line is hidden.
    """

    edited = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: dict[str, Any] = {"language": "en", "text": ""}
        self._language = "en"
        self._second: str | None = None
        self.author = QLineEdit()
        self.author.setPlaceholderText(placeholder)
        self.author.setAccessibleName(placeholder)
        self.second = QLineEdit()
        self.second.setAccessibleName(self.tr("{text}, second language").format(text=placeholder))
        self.author.textEdited.connect(self._author_edited)
        self.second.textEdited.connect(self._second_edited)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.author, 1)
        row.addWidget(self.second, 1)

    def edit(self, text: dict[str, Any], writing: Writing) -> None:
        """Show and edit text: the author's words and, with a second language, its translation."""
        self._text, self._language, self._second = text, writing.language, writing.second
        read = Text.read(text)
        self.author.setText(read.text)
        self.second.setText(read.translation.text if read.translation else "")
        self.second.setPlaceholderText(self.tr("In {language} (optional)").format(language=writing.second_name))
        self.second.setVisible(writing.second is not None)

    def _author_edited(self, words: str) -> None:
        written(self._text, words, self._language)
        self.edited.emit()

    def _second_edited(self, words: str) -> None:
        if self._second is not None:
            translated(self._text, words, self._second)
            self.edited.emit()
