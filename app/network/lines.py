"""The lines of the network check as a Qt table model (the setup screen's table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.network.check_line import CheckLine
from app.network.service import NetworkCheckService

COLUMNS = (
    QT_TRANSLATE_NOOP("NetworkCheckModel", "Check"),
    QT_TRANSLATE_NOOP("NetworkCheckModel", "Result"),
    QT_TRANSLATE_NOOP("NetworkCheckModel", "Figure"),
    QT_TRANSLATE_NOOP("NetworkCheckModel", "Advice"),
)
STATUS_COLUMN = 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The line's Status, for a view that colours it (the word is the display text)."""


def column_title(column: int) -> str:
    return QCoreApplication.translate("NetworkCheckModel", str(COLUMNS[column]))


class NetworkCheckModel(QAbstractTableModel):
    """One row per line of the running check, or of the last one; a new check starts empty."""

    def __init__(self, service: NetworkCheckService) -> None:
        super().__init__()
        self._lines = service.lines
        service.started.connect(self._clear)
        service.line_added.connect(self._add)

    def _clear(self) -> None:
        self.beginResetModel()
        self._lines = []
        self.endResetModel()

    def _add(self, line: CheckLine) -> None:
        self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines))
        self._lines.append(line)
        self.endInsertRows()

    def line(self, row: int) -> CheckLine:
        return self._lines[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == STATUS_ROLE:
            return line.status
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (line.name, line.status.word(), line.figure, line.advice)[index.column()]
