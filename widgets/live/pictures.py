"""Lesson pictures on screen: BGR pixels become QImages in the Qt thread, at most FPS a second, for views shown."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from app.live.lesson import LiveLesson

FPS = 15
"""The most pictures a second any one view is given."""


def to_image(pixels: np.ndarray) -> QImage:
    """A copy of height × width × 3 BGR uint8 pixels as a QImage."""
    pixels = np.ascontiguousarray(pixels)
    height, width = pixels.shape[:2]
    return QImage(pixels.data, width, height, pixels.strides[0], QImage.Format.Format_BGR888).copy()


class PicturePump(QObject):
    """Gives show(peer, image) each peer's newest picture, at most FPS times a second, while shown(peer).

    Pictures that arrive in between are skipped: only the newest is converted.
    """

    def __init__(
        self,
        lesson: LiveLesson,
        show: Callable[[str, QImage], None],
        shown: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lesson, self._show, self._shown = lesson, show, shown
        self._waiting: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000 // FPS)
        self._timer.timeout.connect(self._flush)
        lesson.picture_arrived.connect(self._arrived)

    def _arrived(self, peer: str) -> None:
        self._waiting.add(peer)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        waiting, self._waiting = self._waiting, set()
        for peer in waiting:
            picture = self._lesson.picture(peer)
            if picture is not None and self._shown(peer):
                self._show(peer, to_image(picture.pixels))
