"""After a live lesson, or when the hub would not let this PC in: why, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.live.lesson import LessonState, LiveLesson
from widgets.common.big_button import big_button
from widgets.live.attendance import AttendanceSaver


class LessonOver(QWidget):
    """The reason in words; the teacher can still save the attendance. back() when done."""

    back = Signal()

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.attendance = AttendanceSaver(lesson)
        self.back_button = big_button(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.attendance, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def refresh(self) -> None:
        refused = self._lesson.state is LessonState.REFUSED
        if not refused:
            self.heading.setText(self.tr("The lesson is over"))
        elif self._lesson.is_teacher:
            self.heading.setText(self.tr("Could not start the lesson"))
        else:
            self.heading.setText(self.tr("Could not join the lesson"))
        self.reason.setText(self._lesson.reason or self.tr("This PC left the lesson."))
        self.attendance.setVisible(self._lesson.is_teacher and not refused)
        self.attendance.status.clear()
        self.back_button.setText(
            self.tr("Try another code") if refused and not self._lesson.is_teacher else self.tr("Back")
        )
