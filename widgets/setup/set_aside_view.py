"""The answers the hub refused, kept on this PC: a table with the hub's reason, and a CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.result_tables import SetAsideModel
from app.set_aside import write_set_aside_csv
from widgets.common.saving import save_to


class SetAsideView(QWidget):
    """The table and Export, which writes it to a CSV file; changed() when answers are added."""

    changed = Signal()

    def __init__(self, model: SetAsideModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        note = QLabel(
            self.tr(
                "The hub would not take these answers, so they are no longer sent; every other answer still is."
                " They stay on this PC. Export them for the teacher, and tell the hub's administrator the reason."
            )
        )
        note.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # a pasted name can be very long
        header.setDefaultSectionSize(120)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)  # when
        header.setStretchLastSection(True)  # the hub's reason
        self.table.setAccessibleName(self.tr("Answers the hub refused"))
        self.export = QPushButton(self.tr("Export to CSV…"))
        self.export.setToolTip(self.tr("Save these answers as a spreadsheet file that Excel opens"))
        self.export.clicked.connect(self._choose_export_file)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        model.modelReset.connect(self.changed)

    @property
    def has_answers(self) -> bool:
        return self._model.rowCount() > 0

    def export_to(self, path: Path) -> None:
        save_to(path, lambda p: write_set_aside_csv(p, self._model.answers), self.status)

    def _choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the refused answers"),
            str(Path.home() / "refused-answers.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))
