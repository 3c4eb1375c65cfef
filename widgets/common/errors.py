"""The one place an error becomes a dialog, and the one place a screen's failed action is shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

logger = logging.getLogger(__name__)

FAILURE_SHOWN_MS = 20_000
"""How long a failed action's reason stays on the window."""


def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the user what went wrong and what to do; logged too, since it may never be seen."""
    logger.error("shown to the user: %s", message)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return  # no one could close a modal dialog here
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QGuiApplication.applicationDisplayName(),
        message,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.exec()


class FailureBar(QLabel):
    """A line across the top of a window: why the last action started there failed. Hides by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureBar")
        self.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=FAILURE_SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.setText(reason)
        self.show()
        self._timer.start()


def show_failure(parent: QWidget, reason: str) -> None:
    """A failed action's reason where the person who started it looks: its window's FailureBar, else a dialog."""
    bar = parent.window().findChild(FailureBar)
    if bar is None:
        show_error(parent, reason)
        return
    logger.warning("shown to the user: %s", reason)
    bar.show_reason(reason)
