"""My lessons as a Qt table model: one row a new lesson going up from this PC, then one a library lesson."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.content import shown_text
from app.lesson_list import subject_name
from app.my_lessons import MyLessons
from media.units import clock_text, size_text
from protocol.http.library import LibraryLesson

COLUMNS = (
    QT_TRANSLATE_NOOP("MyLessonRows", "Lesson"),
    QT_TRANSLATE_NOOP("MyLessonRows", "Subject"),
    QT_TRANSLATE_NOOP("MyLessonRows", "Grade"),
    QT_TRANSLATE_NOOP("MyLessonRows", "State"),
    QT_TRANSLATE_NOOP("MyLessonRows", "Length"),
    QT_TRANSLATE_NOOP("MyLessonRows", "Size"),
)
STATE_COLUMN = 3
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The JPEG bytes of the row's video (first column), or None."""


translate = QCoreApplication.translate


def grade_text(grade: int | None) -> str:
    return (
        translate("MyLessonRows", "Any grade")
        if grade is None
        else translate("MyLessonRows", "Grade {grade}").format(grade=grade)
    )


@dataclass(frozen=True)
class MyLessonRow:
    """What one row shows."""

    lesson: LibraryLesson | None
    """The library's lesson; None for a new lesson still going up."""
    cells: tuple[str, ...]
    thumbnail: bytes | None


FAILURES = {
    "empty": QT_TRANSLATE_NOOP("MyLessonRows", "{file} is empty (0 bytes): it did not reach the hub. Upload it again."),
    "not_media": QT_TRANSLATE_NOOP(
        "MyLessonRows",
        "{file} is not a video or sound file. Choose a video (MP4, MOV, MKV, WebM, AVI, WMV, MPEG-TS) or a sound"
        " file (MP3, M4A).",
    ),
    "no_stream": QT_TRANSLATE_NOOP(
        "MyLessonRows",
        "The hub cannot decode the pictures or sound of {file}. Save it again as MP4 from the program that made"
        " it, or choose another file.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "MyLessonRows",
        "{file} is damaged or cut short. Upload it again, or save it again from the program that made it.",
    ),
}
"""What went wrong, by the hub's kind, in the teacher's language; any other kind shows the hub's sentence."""


def failure_words(lesson: LibraryLesson) -> str:
    """Why the lesson's last upload did not become a video, in the teacher's language where the kind is known."""
    failure = lesson.failure
    if failure is not None and failure.kind in FAILURES:
        return translate("MyLessonRows", str(FAILURES[failure.kind])).format(file=failure.file)
    return lesson.message or ""


def lesson_state(lesson: LibraryLesson, sent: float | None) -> str:
    """The lesson's state in words: Uploading 63% (from this PC), Processing 40%, Published, Failed: why."""
    if sent is not None:
        return translate("MyLessonRows", "Uploading {percent}%").format(percent=int(sent * 100))
    if lesson.state == "processing":
        return translate("MyLessonRows", "Processing {percent}%").format(percent=int((lesson.progress or 0) * 100))
    if lesson.state == "failed":
        return translate("MyLessonRows", "Failed: {reason}").format(reason=failure_words(lesson))
    return (
        translate("MyLessonRows", "Published")
        if lesson.state == "published"
        else translate("MyLessonRows", "Unpublished")
    )


def rows_of(service: MyLessons) -> list[MyLessonRow]:
    rows = []
    editing: dict[str, float] = {}
    for draft, sent in service.sending.values():
        if draft.lesson_id is not None:
            editing[draft.lesson_id] = sent
            continue
        fields = draft.fields
        state = (
            translate("MyLessonRows", "Uploading {percent}%").format(percent=int(sent * 100))
            if draft.path
            else translate("MyLessonRows", "Publishing")
        )
        title, subject, grade = shown_text(fields["title"]), subject_name(fields["subject"]), fields.get("grade")
        rows.append(MyLessonRow(None, (title, subject, grade_text(grade), state, "", ""), None))
    for lesson in service.lessons:
        video = lesson.video
        cells = (
            shown_text(lesson.title),
            subject_name(lesson.subject),
            grade_text(lesson.grade),
            lesson_state(lesson, editing.get(lesson.id)),
            clock_text(video.duration) if video else "",
            size_text(video.size) if video else "",
        )
        rows.append(MyLessonRow(lesson, cells, service.thumbnails.get(video.id) if video else None))
    return rows


class MyLessonRows(QAbstractTableModel):
    """The rows of My lessons, reset whenever the service changes."""

    def __init__(self, service: MyLessons) -> None:
        super().__init__()
        self._service = service
        self._rows = rows_of(service)
        service.changed.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = rows_of(self._service)
        self.endResetModel()

    def lesson(self, row: int) -> LibraryLesson | None:
        return self._rows[row].lesson if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == THUMBNAIL_ROLE and index.column() == 0:
            return row.thumbnail
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("MyLessonRows", str(COLUMNS[section]))
        return None
