"""TURN relays as rows of address, user name and password; a password is never shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.config_values import masked


@dataclass
class _Row:
    url: QLineEdit
    username: QLineEdit
    password: QLineEdit
    remove: QToolButton
    was: dict[str, str] | None
    """The server this row showed at the start; None for a row added here."""


class TurnEditor(QWidget):
    """Edits the [[network.turn]] list. A password left empty keeps the one the row had."""

    def __init__(self, servers: tuple[dict[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._servers = [dict(server) for server in servers]
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        for column, title in enumerate((self.tr("Address"), self.tr("User name"), self.tr("Password"))):
            self._grid.addWidget(QLabel(title), 0, column)
        add = QPushButton(self.tr("Add a TURN server"))
        add.clicked.connect(lambda: self._add(None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        for server in servers:
            self._add(server)

    def _add(self, server: dict[str, str] | None) -> None:
        url = QLineEdit(server["url"] if server else "")
        url.setPlaceholderText("turn:turn.school.example:3478")
        url.setAccessibleName(self.tr("TURN server address"))
        username = QLineEdit(server["username"] if server else "")
        username.setAccessibleName(self.tr("TURN user name"))
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        password.setAccessibleName(self.tr("TURN password"))
        if server:
            password.setPlaceholderText(masked(server["password"]))
            password.setToolTip(self.tr("Leave empty to keep the saved password"))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this TURN server"))
        row = _Row(url, username, password, remove, server)
        remove.clicked.connect(lambda: self._remove(row))
        line = self._grid.rowCount()
        for column, widget in enumerate((url, username, password, remove)):
            self._grid.addWidget(widget, line, column)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self._rows.append(row)

    def _remove(self, row: _Row) -> None:
        self._rows.remove(row)
        for widget in (row.url, row.username, row.password, row.remove):
            widget.deleteLater()

    def value(self) -> list[dict[str, str]]:
        """The servers as typed; rows with no address are left out."""
        return [
            {
                "url": row.url.text().strip(),
                "username": row.username.text().strip(),
                "password": row.password.text() or (row.was["password"] if row.was else ""),
            }
            for row in self._rows
            if row.url.text().strip()
        ]

    def changed(self) -> bool:
        return self.value() != self._servers
