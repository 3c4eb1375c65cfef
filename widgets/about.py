"""The About box: the program's name, version and licence, and what it runs on."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget


def about_text() -> str:
    app = QCoreApplication.instance()
    version = app.applicationVersion() if app else ""
    return QCoreApplication.translate(
        "About",
        "<h3>O&amp;O Classroom {version}</h3>"
        "<p>Live lessons between schools, lesson videos kept on this PC for when the link is down,"
        " and quiz answers that reach the hub exactly once.</p>"
        "<p>Free software under the GNU General Public License, version 3 or later.</p>"
        "<p>Python {python}, Qt {qt}, PySide6 {pyside}</p>",
    ).format(version=version, python=platform.python_version(), qt=qVersion(), pyside=pyside_version)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About O&O Classroom"), about_text())
