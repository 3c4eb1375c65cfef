"""The settings IT staff change on one PC: kept in this PC's own file, used from the next start."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import SECTIONS, Config
from app.config_values import masked, rate_setting, size_setting
from app.errors import ConfigError
from app.settings import Settings
from widgets.common.steady_combo import SteadyComboBox
from widgets.setup.pin_editor import PinEditor
from widgets.setup.turn_editor import TurnEditor

translate = QCoreApplication.translate

_PLACEHOLDERS = {
    ("hub", "url"): "http://hub.school.example:8750",
    ("network", "stun"): "stun:stun.school.example:3478",
    ("network", "proxy"): "http://proxy.school.example:3128",
    ("downloads", "bandwidth_cap"): "2 Mbit/s",
    ("network", "live_cap"): "800 kbit/s",
    ("downloads", "window"): "18:00-07:00",
    ("storage", "quota"): "20 GB",
    ("ui", "lock_after_minutes"): "3",
}


def _hint(section: str, key: str) -> str:
    """What a field takes, for its tooltip."""
    hints = {
        ("hub", "url"): translate("SettingsForm", "The hub this PC talks to, from the school's IT staff"),
        ("network", "stun"): translate("SettingsForm", "For live lessons; several are separated by commas"),
        ("network", "proxy"): translate("SettingsForm", "For the hub and video downloads; empty for none"),
        ("network", "live_cap"): translate(
            "SettingsForm", "For example 800 kbit/s: live lessons send no more to each link; 0 for no limit"
        ),
        ("downloads", "bandwidth_cap"): translate(
            "SettingsForm", "For example 2 Mbit/s, so downloads leave room for live lessons; 0 for no limit"
        ),
        ("downloads", "window"): translate(
            "SettingsForm", "For example 18:00-07:00 to download overnight; empty for any time"
        ),
        ("storage", "quota"): translate("SettingsForm", "How much disk the lesson videos may use, for example 20 GB"),
        ("ui", "lock_after_minutes"): translate(
            "SettingsForm", "Minutes without a key press or mouse move, after which Teacher and IT setup ask again"
        ),
    }
    return hints[section, key]


def _shown(config: Config, section: str, key: str) -> str:
    """A setting as the form shows it, in the form a settings file takes it."""
    value = getattr(getattr(config, section), key)
    if (section, key) == ("network", "stun"):
        return ", ".join(value)
    if key in ("bandwidth_cap", "live_cap"):
        return rate_setting(value)
    if (section, key) == ("storage", "quota"):
        return size_setting(value)
    return str(value)


class SettingsForm(QWidget):
    """Hub, network, downloads and language of this PC. Save writes only what was changed."""

    restart_requested = Signal()

    def __init__(
        self, settings: Settings, config: Config, demo_hub: str | None = None, parent: QWidget | None = None
    ) -> None:
        """demo_hub: the address of the demo's own hub, shown instead of the hub settings."""
        super().__init__(parent)
        self._settings, self._config = settings, config
        self._edits: dict[tuple[str, str], QLineEdit] = {}
        self._shown: dict[tuple[str, str], str] = {}

        hub = self._group(self.tr("Hub"), [("hub", "url")])
        self._token = QLineEdit()
        self._token.setEchoMode(QLineEdit.EchoMode.Password)
        self._token.setPlaceholderText(
            self.tr("{saved} (type a new token to replace it)").format(saved=masked(config.hub.token))
            if config.hub.token
            else self.tr("paste the token from `oo-hub token`")
        )
        self._token.setAccessibleName(self._title("hub", "token"))
        self._add_row(hub, "hub", "token", self._token)
        if demo_hub is not None:
            self._edits["hub", "url"].setText(demo_hub)
            self._shown["hub", "url"] = demo_hub
            for edit in (self._edits["hub", "url"], self._token):
                edit.setEnabled(False)
                edit.setToolTip(self.tr("The demo uses its own hub on this PC"))

        network = self._group(self.tr("Network"), [("network", "stun"), ("network", "proxy"), ("network", "live_cap")])
        self._turn = TurnEditor(config.network.turn)
        self._add_row(network, "network", "turn", self._turn)
        downloads = self._group(
            self.tr("Lesson videos"), [("downloads", "bandwidth_cap"), ("downloads", "window"), ("storage", "quota")]
        )
        ui = QGroupBox(self.tr("Screens"))
        QFormLayout(ui)
        self._language = SteadyComboBox()
        for name, code in ((self.tr("The system's language"), ""), ("English", "en"), ("繁體中文", "zh_TW")):
            self._language.addItem(name, code)
        self._language.setCurrentIndex(self._language.findData(config.ui.language))
        self._language.setAccessibleName(self._title("ui", "language"))
        self._add_row(ui, "ui", "language", self._language)
        self._role = SteadyComboBox()
        for name, code in (
            (self.tr("A classroom (opens on the lessons)"), "classroom"),
            (self.tr("A teacher (opens on the teacher's screen)"), "teacher"),
        ):
            self._role.addItem(name, code)
        self._role.setCurrentIndex(self._role.findData(config.ui.role))
        self._role.setAccessibleName(self._title("ui", "role"))
        self._add_row(ui, "ui", "role", self._role)
        lock = self._group(self.tr("Teacher/IT lock"), [])
        self._pin = PinEditor(bool(config.ui.pin_hash))
        self._add_row(lock, "ui", "pin_hash", self._pin)
        self._add_edit(lock, "ui", "lock_after_minutes")
        about_lock = QLabel(
            self.tr(
                "On a classroom PC with a PIN, Teacher (quiz answers) and IT setup ask for it, and so does removing"
                " a video. Without a PIN anyone at this PC may open them. A teacher's PC never asks."
            )
        )
        about_lock.setWordWrap(True)
        about_lock.setObjectName("hint")
        lock_layout = lock.layout()
        assert isinstance(lock_layout, QFormLayout)
        lock_layout.addRow(about_lock)

        save = QPushButton(self.tr("Save"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setToolTip(self.tr("Keep these settings on this PC ({key})").format(key=save.shortcut().toString()))
        save.clicked.connect(self.save)
        self._forget = QPushButton(self.tr("Use the provisioned settings"))
        self._forget.setToolTip(self.tr("Forget every setting changed on this PC"))
        self._forget.setEnabled(config.overrides is not None)
        settings.saved.connect(lambda: self._forget.setEnabled(settings.has_own()))
        self._forget.clicked.connect(self._ask_forget)
        self.restart = QPushButton(self.tr("Restart now"))
        self.restart.setVisible(False)
        self.restart.clicked.connect(self.restart_requested)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (save, self._forget, self.restart):
            buttons.addWidget(button)
        buttons.addStretch(1)
        legend = QLabel(
            self.tr("* changed on this PC; kept in {path}, never in the provisioned file.").format(
                path=settings.overrides
            )
        )
        legend.setWordWrap(True)
        legend.setObjectName("hint")

        layout = QVBoxLayout(self)
        for box in (hub, network, downloads, ui, lock):
            layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(legend)
        layout.addStretch(1)

    def _title(self, section: str, key: str) -> str:
        option = next(f for f in fields(SECTIONS[section]) if f.name == key)
        return translate("config", option.metadata["title"])

    def _group(self, title: str, keys: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        QFormLayout(box)
        for section, key in keys:
            self._add_edit(box, section, key)
        return box

    def _add_edit(self, box: QGroupBox, section: str, key: str) -> None:
        edit = QLineEdit(_shown(self._config, section, key))
        edit.setPlaceholderText(_PLACEHOLDERS.get((section, key), ""))
        edit.setAccessibleName(self._title(section, key))
        edit.setToolTip(_hint(section, key))
        self._edits[section, key] = edit
        self._shown[section, key] = edit.text()
        self._add_row(box, section, key, edit)

    def _add_row(self, box: QGroupBox, section: str, key: str, field: QWidget) -> None:
        changed = (section, key) in self._config.overridden  # marked with *
        label = QLabel(
            (self.tr("{title} *:") if changed else self.tr("{title}:")).format(title=self._title(section, key))
        )
        label.setBuddy(field)
        layout = box.layout()
        assert isinstance(layout, QFormLayout)
        layout.addRow(label, field)

    def changes(self) -> dict[str, dict[str, Any]]:
        """What was changed on the form, as a settings file would hold it."""
        found: dict[str, dict[str, Any]] = {}
        for (section, key), edit in self._edits.items():
            text = edit.text().strip()
            if text != self._shown[section, key]:
                value: Any = [part for part in re.split(r"[\s,]+", text) if part] if key == "stun" else text
                found.setdefault(section, {})[key] = value
        if self._token.text().strip():
            found.setdefault("hub", {})["token"] = self._token.text().strip()
        if self._turn.changed():
            found.setdefault("network", {})["turn"] = self._turn.value()
        for key, combo in (("language", self._language), ("role", self._role)):
            if combo.currentData() != getattr(self._config.ui, key):
                found.setdefault("ui", {})[key] = combo.currentData()
        return found

    def save(self) -> None:
        changes = self.changes()
        if self._pin.problem():
            self.note.setText(
                self.tr("Not saved; fix these and save again:\n{problems}").format(problems=self._pin.problem())
            )
            return
        if self._pin.typed():  # only its salted hash is kept, never the PIN
            changes.setdefault("ui", {})["pin_hash"] = self._pin.pin_hash()
        if not changes:
            self.note.setText(self.tr("Nothing was changed."))
            return
        try:
            self._settings.save(changes)
        except ConfigError as e:
            self.note.setText(self.tr("Not saved; fix these and save again:\n{problems}").format(problems=e))
            return
        self._pin.clear()
        self._saved(self.tr("Saved on this PC. Restart O&O Classroom to use the new settings."))

    def forget(self) -> None:
        try:
            self._settings.forget()
        except ConfigError as e:
            self.note.setText(str(e))
            return
        self._saved(self.tr("This PC's own settings are removed. Restart O&O Classroom to use the provisioned ones."))

    def _saved(self, message: str) -> None:
        self.note.setText(message)
        self.restart.setVisible(True)
        self.restart.setFocus()

    def _ask_forget(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Use the provisioned settings"),
            self.tr("Forget every setting changed on this PC, including a token typed here?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.forget()
