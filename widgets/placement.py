"""The main window's place on the desktop: where it was last time if that still fits a screen, else a size that
shows the lesson titles whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from app.window_place import WindowPlace, keep_place, read_place

DEFAULT_SIZE = QSize(1360, 800)
"""Wide enough for the demo lessons' titles beside the lesson's details, in both languages."""
FRAME = QSize(16, 48)
"""Room left on a screen for the window's frame and title bar (and a panel), when the default is shrunk to fit."""


def default_size(available: QSize) -> QSize:
    """DEFAULT_SIZE, or less to fit a screen with this much room."""
    room = available - FRAME
    return DEFAULT_SIZE.boundedTo(room)


def fits(place: QRect) -> bool:
    """Whether place lies whole on one of the screens there are now."""
    return any(screen.availableGeometry().contains(place) for screen in QGuiApplication.screens())


def place_window(window: QMainWindow, data_dir: Path) -> None:
    """Put the window where it was when it last closed, if that fits today's screens; else the default size."""
    kept = read_place(data_dir)
    place = QRect(kept.x, kept.y, kept.width, kept.height) if kept is not None else QRect()
    if kept is not None and fits(place):
        window.setGeometry(place)
        if kept.maximized:
            window.setWindowState(Qt.WindowState.WindowMaximized)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.resize(default_size(screen.availableGeometry().size()) if screen is not None else DEFAULT_SIZE)


def remember_place(window: QMainWindow, data_dir: Path) -> None:
    """Keep where the window is (its normal place when maximized) for the next start."""
    normal = window.normalGeometry()
    keep_place(data_dir, WindowPlace(normal.x(), normal.y(), normal.width(), normal.height(), window.isMaximized()))
