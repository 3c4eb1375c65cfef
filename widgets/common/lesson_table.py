"""The lesson table both the classroom and the teacher screens show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.catalog import Lesson
from app.lesson_list import STATE_COLUMN, LessonFilter
from widgets.common.progress_delegate import ProgressDelegate


class LessonTable(QTableView):
    """Whole-row selection, the title column stretched, downloads as bars; emits the lesson picked."""

    lesson_selected = Signal(object)

    def __init__(self, model: LessonFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(STATE_COLUMN, ProgressDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Lessons"))
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._select_first)
        model.layoutChanged.connect(self._select_first)
        self._select_first()

    def _select_first(self) -> None:
        if self.model().rowCount() and not self.currentIndex().isValid():
            self.selectRow(0)

    def _current_changed(self) -> None:
        row = self.currentIndex().row()
        model = self.model()
        assert isinstance(model, LessonFilter)
        lesson: Lesson | None = model.lesson(row) if row >= 0 else None
        self.lesson_selected.emit(lesson)
