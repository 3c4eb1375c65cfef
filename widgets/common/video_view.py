"""The video area: the latest picture, as large as fits with its shape kept, and a message over it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN = 24


class VideoView(QWidget):
    """Paints whatever picture it was last given on black; `message` ("" for none) is shown on top.

    It never decodes anything itself: the player's frame_changed signal feeds show_frame.
    """

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._message = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.update()

    def set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.setAccessibleDescription(message)
            self.update()

    def message(self) -> str:
        return self._message

    def image(self) -> QImage:
        return self._image

    def picture_rect(self) -> QRect:
        """Where the picture is painted: centred, scaled to fit, its aspect ratio kept."""
        if self._image.isNull():
            return QRect()
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect(
            (self.width() - size.width()) // 2, (self.height() - size.height()) // 2, size.width(), size.height()
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self._image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.picture_rect(), self._image)
        if self._message:
            self._paint_message(painter)
        painter.end()

    def _paint_message(self, painter: QPainter) -> None:
        # a dark box keeps white text readable over any picture; large enough for a projector
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        space = self.rect().adjusted(MARGIN * 2, MARGIN, -MARGIN * 2, -MARGIN)
        text = painter.boundingRect(space, flags, self._message)
        box = QRectF(text.adjusted(-MARGIN, -MARGIN // 2, MARGIN, MARGIN // 2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 190))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(text, flags, self._message)
