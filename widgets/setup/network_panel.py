"""The network check on the setup screen: a button, the lines as they come in, and when it ran."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.network.check_line import Status
from app.network.lines import STATUS_COLUMN, STATUS_ROLE, NetworkCheckModel
from app.network.service import NetworkCheckService

COLOURS = {Status.PASS: "#e3f4e6", Status.WARN: "#fff1c7", Status.FAIL: "#fde0dc"}
PADDING = 12
TEXT_COLOURS = {Status.PASS: "#1e6b2f", Status.WARN: "#7a5200", Status.FAIL: "#a0231b"}


class StatusDelegate(QStyledItemDelegate):
    """The status word in bold on its colour (the word carries the meaning; the colour helps)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        status = index.data(STATUS_ROLE)
        if isinstance(status, Status):
            option.backgroundBrush = QBrush(QColor(COLOURS[status]))
            option.palette.setColor(option.palette.ColorRole.Text, QColor(TEXT_COLOURS[status]))
            option.font.setWeight(QFont.Weight.Bold)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)  # measured in bold, with room around the word
        return QSize(hint.width() + PADDING, hint.height())


class NetworkPanel(QGroupBox):
    """'Check the network' and its table; the checking itself is the service's."""

    def __init__(self, service: NetworkCheckService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Network check"), parent)
        self._service = service
        self.button = QPushButton(self.tr("Check the network"))
        self.button.setToolTip(self.tr("Hub, download speed, live lesson connection, STUN, TURN and UDP"))
        self.button.clicked.connect(service.start)
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.model = NetworkCheckModel(service)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the advice, word-wrapped
        self.table.setAccessibleName(self.tr("Network check results"))
        self.model.rowsInserted.connect(self._fit)
        self.model.modelReset.connect(self._fit)
        header.sectionResized.connect(self.table.resizeRowsToContents)  # the advice re-wraps

        top = QHBoxLayout()
        top.addWidget(self.button)
        top.addWidget(self.when, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        service.started.connect(self._show_state)
        service.finished.connect(self._show_state)
        self._show_state()

    def _fit(self) -> None:
        """Name, result and figure on one line each; the advice takes the rest and wraps."""
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def _show_state(self) -> None:
        running = self._service.running
        self.button.setEnabled(not running)
        last = self._service.last
        if running:
            self.when.setText(self.tr("Checking… each line appears as soon as it is known."))
        elif last is None:
            self.when.setText(self.tr("Not checked on this PC yet."))
        else:
            failed = sum(line.status is Status.FAIL for line in last.lines)
            result = self.tr("%n check(s) failed", "", failed) if failed else self.tr("nothing failed")
            self.when.setText(
                self.tr("Last check: {time}, {result}.").format(
                    time=f"{last.finished_at:%Y-%m-%d %H:%M}", result=result
                )
            )
