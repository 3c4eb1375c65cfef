"""My lessons on the Teacher screen: the teacher's lessons in the hub's library, publishing, editing, unpublishing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.my_lesson_rows import STATE_COLUMN, THUMBNAIL_ROLE, MyLessonRows
from app.my_lessons import MyLessons
from protocol.http.library import LibraryLesson
from widgets.common.ask import ask
from widgets.teacher.lesson_form import LessonForm

THUMBNAIL = QSize(96, 54)


class _WithThumbnails(QIdentityProxyModel):
    """The rows with each video's thumbnail as the first column's picture."""

    def __init__(self, rows: MyLessonRows) -> None:
        super().__init__()
        self.setSourceModel(rows)
        self._pixmaps: dict[bytes, QPixmap] = {}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DecorationRole or index.column() != 0:
            return super().data(index, role)
        jpeg = super().data(index, THUMBNAIL_ROLE)
        if not jpeg:
            return None
        if jpeg not in self._pixmaps:
            pixmap = QPixmap()
            pixmap.loadFromData(jpeg)
            self._pixmaps[jpeg] = pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio)
        return self._pixmaps[jpeg]


class MyLessonsPage(QWidget):
    """The list (fetched each time it shows), New lesson…, Edit…, Unpublish and Publish again."""

    def __init__(self, service: MyLessons, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows = MyLessonRows(service)
        self.form: LessonForm | None = None
        self.question: QMessageBox | None = None
        self.status = QLabel()
        self.status.setObjectName("problem")
        self.status.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(_WithThumbnails(self.rows))
        self.table.setAccessibleName(self.tr("My lessons"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(THUMBNAIL)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(self.tr("New lesson…"))
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.open_form(self.chosen()))
        self.unpublish_button = QPushButton(self.tr("Unpublish"))
        self.unpublish_button.clicked.connect(self.ask_unpublish)
        self.again_button = QPushButton(self.tr("Publish again"))
        self.again_button.clicked.connect(self._publish_again)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.unpublish_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        service.changed.connect(self._show_state)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self._kept: str | None = None
        self.rows.modelAboutToBeReset.connect(self._keep_choice)
        self.rows.modelReset.connect(self._choose_again)
        self._show_state()

    def chosen(self) -> LibraryLesson | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows.lesson(rows[0].row()) if rows else None

    def _keep_choice(self) -> None:
        lesson = self.chosen()
        self._kept = lesson.id if lesson else None

    def _choose_again(self) -> None:
        for row in range(self.rows.rowCount()):
            lesson = self.rows.lesson(row)
            if lesson is not None and lesson.id == self._kept:
                self.table.selectRow(row)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._service.resume()
        self._service.refresh_soon()

    def _show_state(self) -> None:
        service = self._service
        self.status.setText("\n".join(filter(None, [service.problem, service.publish_problem])))
        self.status.setVisible(bool(self.status.text()))
        self.table.setVisible(not service.problem or bool(service.lessons))
        self.new_button.setEnabled(not service.problem)
        self._enable()

    def _enable(self) -> None:
        lesson = self.chosen()
        sending = {draft.lesson_id for draft, _ in self._service.sending.values()}
        self.edit_button.setEnabled(lesson is not None and lesson.id not in sending)
        self.unpublish_button.setEnabled(lesson is not None and lesson.published)
        self.again_button.setEnabled(lesson is not None and not lesson.published)

    def open_form(self, lesson: LibraryLesson | None) -> LessonForm:
        """The form of a new lesson (None) or of lesson, filled in."""
        self.form = LessonForm(self._service, lesson, self)
        self.form.open()
        return self.form

    def ask_unpublish(self) -> None:
        lesson = self.chosen()
        if lesson is None:
            return
        self.question = ask(
            self,
            self.tr("Unpublish"),
            self.tr("Unpublish this lesson?"),
            lambda yes: self._service.unpublish(lesson.id) if yes else None,
            self.tr("Classrooms stop seeing it at their next sync; answers already given stay."),
            self.tr("Unpublish"),
            self.tr("Keep it published"),
        )

    def _publish_again(self) -> None:
        lesson = self.chosen()
        if lesson is not None:
            self._service.publish_again(lesson.id)
