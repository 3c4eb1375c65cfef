"""'Who is taking the quiz?': the class roster as large name buttons, or a name typed in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.outbox import PUPIL_MAX
from widgets.common.big_button import big_button

COLUMNS = 4


class PupilPicker(QWidget):
    """Emits picked(name); back() returns to the lessons."""

    picked = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self._names = QWidget()
        self.typed = QLineEdit()
        self.typed.setMaxLength(PUPIL_MAX)  # the hub's limit: a longer name would be refused
        self.typed.setPlaceholderText(self.tr("Not in the list? Type your name"))
        self.typed.setAccessibleName(self.tr("Your name"))
        self.typed.returnPressed.connect(self._typed)
        go = QPushButton(self.tr("Start"))
        go.clicked.connect(self._typed)
        back = QPushButton(self.tr("Back to the lessons"))
        back.clicked.connect(self.back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.typed, 1)
        bottom.addWidget(go)
        bottom.addStretch(1)
        bottom.addWidget(back)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self._names)
        self._layout.addStretch(1)
        self._layout.addLayout(bottom)

    def show_roster(self, heading: str, roster: list[str], whole_class: bool = False) -> None:
        """Ask `heading`; with whole_class, a first button "The whole class" that picks ""."""
        self.heading.setText(heading)
        names = QWidget()
        grid = QGridLayout(names)
        choices = [(self.tr("The whole class"), "")] if whole_class else []
        for i, (label, name) in enumerate(choices + [(name, name) for name in roster]):
            button = big_button(label)
            button.clicked.connect(lambda _=False, n=name: self.picked.emit(n))
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
        self._layout.replaceWidget(self._names, names)
        self._names.deleteLater()
        self._names = names
        self.typed.clear()

    def _typed(self) -> None:
        name = self.typed.text().strip()
        if name:
            self.picked.emit(name)
