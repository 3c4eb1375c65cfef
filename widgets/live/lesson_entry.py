"""Before a live lesson: the teacher starts one (with a code of their own, or a new one); a classroom joins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.live.lesson import LiveLesson
from protocol.live.code import TYPED_LENGTH, normal_code
from widgets.common.big_button import big_button


def code_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("codeField")
    field.setAccessibleName(name)
    field.setMaxLength(TYPED_LENGTH)  # "abc-234" too: spaces and dashes are dropped, as the hub does
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    field.setMaximumWidth(420)
    return field


class StartLesson(QWidget):
    """A teacher PC's way into a live lesson."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        heading = QLabel(self.tr("Start a live lesson"))
        heading.setObjectName("heading")
        note = QLabel(
            self.tr(
                "The classrooms join with the lesson's code. Type a code of your own, or leave it empty for a new one."
            )
        )
        note.setWordWrap(True)
        self.code = code_field(self.tr("Lesson code (optional)"))
        self.code.setPlaceholderText(self.tr("New code"))
        self.code.returnPressed.connect(self.start)
        label = QLabel(self.tr("&Code (optional):"))
        label.setBuddy(self.code)
        self.start_button = big_button(self.tr("Start the lesson"))
        self.start_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(label)
        layout.addWidget(self.code)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def start(self) -> None:
        self._lesson.start(normal_code(self.code.text()) or None)


class JoinLesson(QWidget):
    """A classroom PC's way into a live lesson: the code the teacher reads out, then Enter."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        heading = QLabel(self.tr("Join with the code from the teacher"))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.code = code_field(self.tr("Lesson code"))
        self.code.setPlaceholderText(self.tr("Code"))
        self.join_button = big_button(self.tr("Join the lesson"))
        self.join_button.setEnabled(False)
        self.join_button.clicked.connect(self.join)
        self.code.textChanged.connect(lambda text: self.join_button.setEnabled(bool(text.strip())))
        self.code.returnPressed.connect(self.join)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.code)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def join(self) -> None:
        code = normal_code(self.code.text())
        if code:
            self._lesson.join(code)


class DemoEntry(QWidget):
    """The demo PC's way into a live lesson: it is the demo's teacher and its classroom, so it offers both."""

    def __init__(self, start: StartLesson, join: JoinLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(
            self.tr(
                "This demo PC starts lessons as the demo teacher and joins them as the demo classroom. Start one,"
                " then press Add a demo classroom to see a classroom join."
            )
        )
        note.setWordWrap(True)
        both = QHBoxLayout()
        both.addWidget(start, 1)
        both.addWidget(join, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(both, 1)
