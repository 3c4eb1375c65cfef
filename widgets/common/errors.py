"""The one place an error becomes a dialog."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger(__name__)


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
