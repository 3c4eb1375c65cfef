"""Table models of a quiz's results for the teacher's screen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.results import PupilRow, ResultsService, per_pupil


def local_time(utc_iso: str) -> str:
    """A hub timestamp in this PC's time zone, to the minute."""
    return datetime.fromisoformat(utc_iso).astimezone().strftime("%Y-%m-%d %H:%M") if utc_iso else ""


class PupilResultsModel(QAbstractTableModel):
    """One row per classroom and pupil: answered, right, when the last answer arrived."""

    def __init__(self, results: ResultsService) -> None:
        super().__init__()
        self._results = results
        self._rows: list[PupilRow] = []
        results.changed.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        quiz = self._results.quiz
        self._rows = per_pupil(self._results.results, quiz) if quiz else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Classroom"), self.tr("Pupil"), self.tr("Answered"), self.tr("Right"), self.tr("Arrived"))[
            section
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        total = len(self._results.quiz["questions"]) if self._results.quiz else 0
        return (row.classroom, row.pupil, f"{row.answered} / {total}", str(row.right), local_time(row.arrived))[
            index.column()
        ]
