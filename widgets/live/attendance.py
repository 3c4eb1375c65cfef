"""The teacher's "Save attendance…": the lesson's attendance from the hub into a CSV file of their choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from app.live.lesson import LiveLesson
from media.errors import ClassroomError


class AttendanceSaver(QWidget):
    """A button that asks where, and a line that says what came of it."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self.button = QPushButton(self.tr("Save attendance…"))
        self.button.setToolTip(self.tr("Who joined and when, as a CSV file for the school office"))
        self.button.clicked.connect(self._choose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status)

    def _choose(self) -> None:
        name = self.tr("attendance {code}.csv").format(code=self._lesson.code or "")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save attendance"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_to(Path(path))

    @asyncSlot(Path)
    async def save_to(self, path: Path) -> None:
        self.status.setText(self.tr("Fetching the attendance from the hub…"))
        try:
            rows = await self._lesson.export_attendance(path)
        except ClassroomError as e:
            self.status.setText(str(e))
        except OSError as e:
            self.status.setText(
                self.tr("Could not save {path}: {error}. Choose another folder or free some disk space.").format(
                    path=path, error=e.strerror or e
                )
            )
        else:
            self.status.setText(self.tr("Saved %n attendance row(s) to {path}", "", rows).format(path=path))
