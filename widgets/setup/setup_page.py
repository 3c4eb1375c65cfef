"""IT setup: this PC's settings, and where they, the data and the logs live; the hub connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog import HubState
from app.config import Config
from app.config_values import masked
from app.diagnostics import write_bundle
from app.errors import ConfigError
from app.result_tables import SetAsideModel
from app.services import Services
from app.settings import Settings
from widgets.common.sync_status import SyncStatus
from widgets.setup.devices_panel import DevicesPanel
from widgets.setup.network_panel import NetworkPanel
from widgets.setup.set_aside_view import SetAsideView
from widgets.setup.settings_form import SettingsForm


class SetupPage(QWidget):
    """Tabs: the settings form, and the state of this PC with the hub check and diagnostics."""

    def __init__(
        self,
        services: Services,
        settings: Settings,
        log_file: Path,
        demo: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        config, catalog, token, data_dir = services.config, services.catalog, services.token, services.data_dir
        self._catalog = catalog
        self._services, self._settings, self._log_dir = services, settings, log_file.parent
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
        self.own_settings = self._value("")
        storage_form.addRow(self.tr("This PC's settings:"), self.own_settings)
        settings.saved.connect(self._show_own_settings)
        self._show_own_settings()
        storage_form.addRow(self.tr("Teacher/IT lock:"), self._value(self._lock_state(config)))
        storage_form.addRow(self.tr("Data folder:"), self._value(str(data_dir)))
        storage_form.addRow(
            self.tr("Video storage limit:"),
            self._value(QLocale().formattedDataSize(config.storage.quota, 1, QLocale.DataSizeFormat.DataSizeSIFormat)),
        )
        storage_form.addRow(self.tr("Log file:"), self._value(str(log_file)))
        storage_form.addRow(self.tr("Quiz answers:"), SyncStatus(services.sync))
        save = QPushButton(self.tr("Save a diagnostics file…"))
        save.setToolTip(self.tr("A zip for the IT staff: logs, settings without secrets, devices, versions"))
        save.clicked.connect(self._save_diagnostics)
        self.diagnostics_note = QLabel()
        self.diagnostics_note.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addWidget(self.diagnostics_note, 1)
        storage_form.addRow("", save_row)

        self.form = SettingsForm(settings, config, catalog.hub_url if demo else None)
        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        status = QWidget()
        status_layout = QVBoxLayout(status)
        status_layout.addWidget(hub)
        status_layout.addWidget(storage)
        status_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(status, self.tr("This PC"))
        self.tabs.addTab(form_scroll, self.tr("Settings"))
        devices = QWidget()
        devices_layout = QVBoxLayout(devices)
        self.devices = DevicesPanel(config.devices, self._devices_picked)
        self.devices_note = QLabel(
            self.tr(
                "The devices chosen here are kept on this PC; videos and live lessons use them from the next start."
            )
        )
        self.devices_note.setWordWrap(True)
        devices_layout.addWidget(self.devices, 1)
        devices_layout.addWidget(self.devices_note)
        self.tabs.addTab(devices, self.tr("Devices"))
        self.network = NetworkPanel(services.network)
        self.tabs.addTab(self.network, self.tr("Network check"))
        self.set_aside = SetAsideView(SetAsideModel(services.sync, services.db))
        self.tabs.addTab(self.set_aside, self.tr("Refused answers"))
        self.set_aside.changed.connect(self._show_set_aside)
        self._show_set_aside()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        catalog.state_changed.connect(self._show_connection)
        self._show_connection()

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _lock_state(self, config: Config) -> str:
        if config.ui.role == "teacher":
            return self.tr("off: a teacher's PC never asks for the PIN")
        if not config.ui.pin_hash:
            return self.tr("off: no PIN is set, so anyone at this PC may open Teacher and IT setup")
        return self.tr(
            "on: Teacher, IT setup and removing a video ask for the PIN; locks again after %n idle minute(s)",
            "",
            config.ui.lock_after_minutes,
        )

    def _show_own_settings(self) -> None:
        """This PC's own file, as it is now (Save and "Use the provisioned settings" change it)."""
        own = self._settings.overrides if self._settings.has_own() else None
        self.own_settings.setText(str(own) if own is not None else self.tr("none changed on this PC"))

    def _show_set_aside(self) -> None:
        """The tab of answers the hub refused, only while there are any."""
        self.tabs.setTabVisible(self.tabs.indexOf(self.set_aside), self.set_aside.has_answers)

    def _show_connection(self) -> None:
        state = self._catalog.state
        if state is HubState.ONLINE:
            self._connection.setText(self.tr("reachable"))
        elif state is HubState.CHECKING:
            self._connection.setText(self.tr("checking…"))
        else:
            self._connection.setText(self._catalog.message)

    def _devices_picked(self, values: dict[str, object]) -> None:
        try:
            self._settings.save({"devices": values})
        except ConfigError as e:
            self.devices_note.setText(self.tr("The devices chosen could not be kept: {error}").format(error=e))

    def save_diagnostics(self, path: Path) -> None:
        try:
            written = write_bundle(self._services.config, self._services.data_dir, self._log_dir, path)
        except OSError as e:
            self.diagnostics_note.setText(self.tr("Could not save {path}: {error}").format(path=path, error=e))
            return
        self.diagnostics_note.setText(self.tr("Saved {path}; send it to the IT staff.").format(path=written))

    def _save_diagnostics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a diagnostics file"),
            str(Path.home() / "oo-classroom-diagnostics.zip"),
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self.save_diagnostics(Path(path))
