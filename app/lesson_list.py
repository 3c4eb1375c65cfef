"""The lesson list as a Qt table model over the catalog service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.catalog import CatalogService, Lesson

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
)


def subject_name(subject: str) -> str:
    """A subject in the user's language; unknown subjects as the hub names them."""
    return (
        QCoreApplication.translate("subject", str(SUBJECTS[subject])) if subject in SUBJECTS else subject.capitalize()
    )


def size_text(size: int) -> str:
    """Megabytes as the user's locale writes them."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat).replace(" ", "\u00a0")


def length_text(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class LessonTableModel(QAbstractTableModel):
    """One row per catalogued lesson; reset whenever the catalog changes."""

    def __init__(self, catalog: CatalogService, language: str) -> None:
        super().__init__()
        self._catalog = catalog
        self._language = language
        self._lessons = list(catalog.lessons)
        catalog.lessons_changed.connect(self._reload)

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
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return lesson.title_in(self._language)
        if column == 1:
            return subject_name(lesson.subject)
        if column == 2:
            return length_text(lesson.duration)
        if column == 3:
            return size_text(lesson.size)
        return self.tr("%n question(s)", "", len(lesson.quiz["questions"]))
