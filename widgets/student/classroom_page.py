"""The classroom's home: the lessons the school has, with what each holds."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.catalog import Lesson
from app.lesson_list import LessonTableModel, length_text, size_text, subject_name
from app.result_sync import ResultSync
from widgets.common.big_button import big_button
from widgets.common.lesson_table import LessonTable
from widgets.common.sync_status import SyncStatus


class ClassroomPage(QWidget):
    """Lesson list on the left, the chosen lesson with its quiz button on the right; an empty state
    that says why; whether every answer has reached the hub."""

    quiz_requested = Signal(object)

    def __init__(self, model: LessonTableModel, sync: ResultSync, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._lesson: Lesson | None = None
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
        self.take_quiz = big_button(self.tr("Take the quiz"))
        self.take_quiz.setToolTip(self.tr("Answer this lesson's quiz; it works without the hub too (Ctrl+Q)"))
        self.take_quiz.setShortcut(QKeySequence("Ctrl+Q"))
        self.take_quiz.clicked.connect(self._take_quiz)
        side = QVBoxLayout()
        side.addWidget(self._details, 1)
        side.addWidget(self.take_quiz)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(240)
        side_box.setMaximumWidth(340)
        row = QHBoxLayout()
        row.addWidget(self._list, 1)
        row.addWidget(side_box)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        layout.addWidget(SyncStatus(sync))
        model.modelReset.connect(lambda: self._show_list(model))
        self.table.lesson_selected.connect(self._show_lesson)
        self._show_list(model)
        self._show_lesson(model.lesson(0) if model.rowCount() else None)

    def _show_list(self, model: LessonTableModel) -> None:
        self._list.setCurrentIndex(1 if model.rowCount() else 0)

    def _take_quiz(self) -> None:
        if self._lesson is not None:
            self.quiz_requested.emit(self._lesson.quiz)

    def _show_lesson(self, lesson: Lesson | None) -> None:
        self._lesson = lesson
        self.take_quiz.setEnabled(lesson is not None and bool(lesson.quiz["questions"]))
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
