"""IT setup: where this PC's settings come from, the hub connection, and where data and logs live."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog import HubState
from app.config import masked
from app.diagnostics import write_bundle
from app.services import Services
from widgets.common.sync_status import SyncStatus
from widgets.setup.devices_panel import DevicesPanel

logger = logging.getLogger(__name__)


class SetupPage(QWidget):
    """Read-only view of the effective settings, with a button to check the hub now."""

    def __init__(self, services: Services, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        config, catalog, token, data_dir = services.config, services.catalog, services.token, services.data_dir
        self._catalog = catalog
        heading = QLabel(self.tr("IT setup"))
        heading.setObjectName("heading")

        hub = QGroupBox(self.tr("Hub"))
        hub_form = QFormLayout(hub)
        hub_form.addRow(self.tr("Address:"), self._value(catalog.hub_url or self.tr("not set")))
        hub_form.addRow(self.tr("Token:"), self._value(masked(token) if token else self.tr("not set")))
        self._connection = QLabel()
        self._connection.setWordWrap(True)
        hub_form.addRow(self.tr("Connection:"), self._connection)
        check = QPushButton(self.tr("Check the hub now"))
        check.clicked.connect(catalog.refresh_soon)
        check_row = QHBoxLayout()
        check_row.addWidget(check)
        check_row.addStretch(1)
        hub_form.addRow("", check_row)

        storage = QGroupBox(self.tr("This PC"))
        storage_form = QFormLayout(storage)
        source = str(config.source) if config.source else self.tr("none (built-in defaults)")
        storage_form.addRow(self.tr("Config file:"), self._value(source))
        storage_form.addRow(self.tr("Data folder:"), self._value(str(data_dir)))
        storage_form.addRow(
            self.tr("Video storage limit:"),
            self._value(QLocale().formattedDataSize(config.storage.quota, 1, QLocale.DataSizeFormat.DataSizeSIFormat)),
        )
        storage_form.addRow(self.tr("Log file:"), self._value(str(log_file)))
        storage_form.addRow(self.tr("Quiz answers:"), SyncStatus(services.sync))
        self._services, self._log_dir = services, log_file.parent
        save = QPushButton(self.tr("Save a diagnostics file…"))
        save.setToolTip(self.tr("A zip for the IT desk: logs, settings without secrets, devices, versions"))
        save.clicked.connect(self._save_diagnostics)
        self.diagnostics_note = QLabel()
        self.diagnostics_note.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addWidget(self.diagnostics_note, 1)
        storage_form.addRow("", save_row)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hub)
        layout.addWidget(storage)
        layout.addWidget(DevicesPanel(config.devices, self._devices_picked), 1)
        catalog.state_changed.connect(self._show_connection)
        self._show_connection()

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show_connection(self) -> None:
        state = self._catalog.state
        if state is HubState.ONLINE:
            self._connection.setText(self.tr("reachable"))
        elif state is HubState.CHECKING:
            self._connection.setText(self.tr("checking…"))
        else:
            self._connection.setText(self._catalog.message)

    @staticmethod
    def _devices_picked(values: dict[str, object]) -> None:
        # not written to the settings file yet: that comes with the per-PC settings file
        logger.info("devices picked (for this run only): %s", values)

    def save_diagnostics(self, path: Path) -> None:
        try:
            written = write_bundle(self._services.config, self._services.data_dir, self._log_dir, path)
        except OSError as e:
            self.diagnostics_note.setText(self.tr("Could not save {path}: {error}").format(path=path, error=e))
            return
        self.diagnostics_note.setText(self.tr("Saved {path}; send it to the IT desk.").format(path=written))

    def _save_diagnostics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a diagnostics file"),
            str(Path.home() / "oo-classroom-diagnostics.zip"),
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self.save_diagnostics(Path(path))
