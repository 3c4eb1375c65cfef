"""The classroom's home: the lessons the school has, with what each holds."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.catalog import Lesson
from app.lesson_list import LessonTableModel, length_text, size_text, subject_name
from widgets.common.lesson_table import LessonTable


class ClassroomPage(QWidget):
    """Lesson list on the left, the chosen lesson on the right; an empty state that says why."""

    def __init__(self, model: LessonTableModel, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        heading = QLabel(self.tr("Lessons"))
        heading.setObjectName("heading")
        self.table = LessonTable(model)
        empty = QLabel(
            self.tr("No lessons yet. When this PC reaches the hub, the school's lessons appear here by themselves.")
        )
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list = QStackedWidget()
        self._list.addWidget(empty)
        self._list.addWidget(self.table)
        self._details = QLabel()
        self._details.setObjectName("details")
        self._details.setWordWrap(True)
        self._details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._details.setMinimumWidth(240)
        self._details.setMaximumWidth(340)
        row = QHBoxLayout()
        row.addWidget(self._list, 1)
        row.addWidget(self._details)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        model.modelReset.connect(lambda: self._show_list(model))
        self.table.lesson_selected.connect(self._show_lesson)
        self._show_list(model)
        self._show_lesson(model.lesson(0) if model.rowCount() else None)

    def _show_list(self, model: LessonTableModel) -> None:
        self._list.setCurrentIndex(1 if model.rowCount() else 0)

    def _show_lesson(self, lesson: Lesson | None) -> None:
        if lesson is None:
            self._details.setText("")
            return
        questions = self.tr("%n question(s)", "", len(lesson.quiz["questions"]))
        self._details.setText(
            f"<h2>{html.escape(lesson.title_in(self._language))}</h2>"
            + self.tr("<p>{subject} · video {length} · {size} to download</p><p>Quiz: {questions}</p>").format(
                subject=subject_name(lesson.subject),
                length=length_text(lesson.duration),
                size=size_text(lesson.size),
                questions=questions,
            )
        )
