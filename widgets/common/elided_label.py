"""A one-line label that fits any width: its words end in "…" where the space is too narrow for them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """text() keeps the whole words (for screen readers and tests); only what is painted is shortened."""

    def sizeHint(self) -> QSize:
        # as high for a Latin name as for a Chinese one (its glyphs come from a higher font): tiles in a row align
        line = (
            self.fontMetrics().boundingRect("Ág國").height()
            + self.contentsMargins().top()
            + self.contentsMargins().bottom()
        )
        return QSize(super().sizeHint().width(), max(super().sizeHint().height(), line))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        space = self.contentsRect()
        words = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, space.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, space, int(self.alignment()), self.palette(), self.isEnabled(), words, self.foregroundRole()
        )
        painter.end()
