"""This PC's own camera in a live lesson, small: the picture the others get (not mirrored), or why there is none."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import QWidget

from app.live.lesson import LiveLesson
from widgets.common.video_view import VideoView
from widgets.live.pictures import FPS, to_image


class OwnPreview(VideoView):
    """Shows the lesson's own_picture() while on screen, at most FPS a second, as it is sent: a preview that is not
    mirrored shows what the others read (a page held up to the camera). Says when the camera gives no picture (the
    banner says why)."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._number = -1
        self.setMinimumSize(240, 135)
        self._timer = QTimer(self)
        self._timer.setInterval(1000 // FPS)
        self._timer.timeout.connect(self._show_own)
        lesson.problems_changed.connect(self._show_message)
        self.reset()

    def reset(self) -> None:
        """A new lesson: the last one's picture goes."""
        self.show_frame(QImage())
        self._number = -1
        self._show_message()

    def _show_own(self) -> None:
        picture = self._lesson.own_picture()
        if picture is not None and picture.number != self._number:
            first = self._number < 0
            self._number = picture.number
            self.show_frame(to_image(picture.pixels))
            if first:
                self._show_message()  # "starting" goes

    def _show_message(self) -> None:
        if "camera" in self._lesson.problems:
            message = self.tr("No camera picture") if self.image().isNull() else self.tr("Camera stopped")
        elif self.image().isNull():
            message = self.tr("Starting the camera…")
        else:
            message = ""
        self.set_message(message)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
