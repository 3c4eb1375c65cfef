"""The demo teacher's "Add a demo classroom": a second program on this PC joins the lesson as a classroom."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.demo_classroom import DemoClassroom
from widgets.common.errors import show_error


class DemoClassroomButton(QPushButton):
    """Adds the demo classroom; says so while it is in the lesson, and why it stopped if it stopped early."""

    def __init__(self, classroom: DemoClassroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._classroom = classroom
        self.setToolTip(
            self.tr(
                "A second program on this PC joins the lesson as a classroom: you see a drawn classroom and hear a"
                " beep each second."
            )
        )
        self.clicked.connect(classroom.add)
        classroom.running_changed.connect(self._show)
        classroom.failed.connect(lambda message: show_error(self, message))
        self._show()

    def _show(self) -> None:
        running = self._classroom.running
        self.setEnabled(not running)
        self.setText(self.tr("Demo classroom added") if running else self.tr("Add a demo classroom"))
