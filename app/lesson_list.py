"""The lesson list as a Qt table model over the catalog service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.catalog import CatalogService, Lesson
from app.content import shown_text
from app.library import LibraryService
from media.units import clock_text, size_text
from media.video_state import VideoState

SUBJECTS = {
    "english": QT_TRANSLATE_NOOP("subject", "English"),
    "mathematics": QT_TRANSLATE_NOOP("subject", "Mathematics"),
    "science": QT_TRANSLATE_NOOP("subject", "Science"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("LessonTableModel", "Lesson"),
    QT_TRANSLATE_NOOP("LessonTableModel", "Subject"),
    QT_TRANSLATE_NOOP("LessonTableModel", "Length"),
    QT_TRANSLATE_NOOP("LessonTableModel", "Download"),
    QT_TRANSLATE_NOOP("LessonTableModel", "Quiz"),
    QT_TRANSLATE_NOOP("LessonTableModel", "On this PC"),
)
STATE_COLUMN = 5
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
"""Percent downloaded while a video is downloading, else None (the view draws a bar)."""


def subject_name(subject: str) -> str:
    """A subject in the user's language; unknown subjects as the hub names them."""
    return (
        QCoreApplication.translate("subject", str(SUBJECTS[subject])) if subject in SUBJECTS else subject.capitalize()
    )


class LessonTableModel(QAbstractTableModel):
    """One row per catalogued lesson with its video's state on this PC; reset when the catalog changes."""

    def __init__(self, catalog: CatalogService, library: LibraryService) -> None:
        super().__init__()
        self._catalog = catalog
        self._library = library
        self._lessons = list(catalog.lessons)
        catalog.lessons_changed.connect(self._reload)
        library.video_changed.connect(self._video_changed)

    def _video_changed(self, video_id: str) -> None:
        for row, lesson in enumerate(self._lessons):
            if lesson.video_id == video_id:
                index = self.index(row, STATE_COLUMN)
                self.dataChanged.emit(index, index)

    def on_this_pc(self, row: int) -> bool:
        """Everything the lesson holds is here: its video is, or it has none (its quiz came with the catalog)."""
        video_id = self._lessons[row].video_id
        if video_id is None:
            return True
        status = self._library.status(video_id)
        return status is not None and status.state is VideoState.READY

    def _state_text(self, lesson: Lesson) -> str:
        if lesson.video_id is None:
            return self.tr("No video")
        status = self._library.status(lesson.video_id)
        if self._library.removed(lesson.video_id):
            return self.tr("Removed")
        if status is None or status.state is VideoState.REMOTE:
            return self.tr("On the hub")
        if status.state is VideoState.DOWNLOADING:
            return self.tr("Downloading {percent}%").format(percent=100 * status.verified // max(status.size, 1))
        if status.state is VideoState.FAILED:
            return self.tr("Failed: {reason}").format(reason=status.reason)
        return self.tr("On this PC, kept") if status.pinned else self.tr("On this PC")

    def _reload(self) -> None:
        self.beginResetModel()
        self._lessons = list(self._catalog.lessons)
        self.endResetModel()

    def lesson(self, row: int) -> Lesson:
        return self._lessons[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lessons)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LessonTableModel", str(COLUMNS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lesson = self._lessons[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PROGRESS_ROLE and index.column() == STATE_COLUMN:
            status = self._library.status(lesson.video_id) if lesson.video_id is not None else None
            downloading = status is not None and status.state is VideoState.DOWNLOADING
            return 100 * status.verified // max(status.size, 1) if downloading and status else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == STATE_COLUMN:
            return self._state_text(lesson)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return shown_text(lesson.title)
        if column == 1:
            return subject_name(lesson.subject)
        if column in (2, 3) and lesson.video is None:
            return ""  # the state column says "No video"
        if column == 2:
            return clock_text(lesson.duration)
        if column == 3:
            return size_text(lesson.size)
        if column == 4:
            return self.tr("%n question(s)", "", lesson.questions) if lesson.quiz is not None else self.tr("No quiz")
        return self._state_text(lesson)


class LessonFilter(QSortFilterProxyModel):
    """The lessons by subject, optionally only those that need nothing from the hub (see on_this_pc), or only those
    with a quiz (the teacher's)."""

    def __init__(self, source: LessonTableModel) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self._only_here = False
        self._only_quizzes = False
        self.sort(1)

    def show_only_on_this_pc(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_here = only
        self.endFilterChange()

    def show_only_with_quiz(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_quizzes = only
        self.endFilterChange()

    def lesson(self, row: int) -> Lesson:
        return self._source.lesson(self.mapToSource(self.index(row, 0)).row())

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        # by subject as the catalog names it (a stable order in every language), then in catalog order
        a, b = self._source.lesson(left.row()), self._source.lesson(right.row())
        return (a.subject, left.row()) < (b.subject, right.row())

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._only_quizzes and self._source.lesson(source_row).quiz is None:
            return False
        return not self._only_here or self._source.on_this_pc(source_row)
