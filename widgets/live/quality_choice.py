"""The quality this PC sends on one link, chosen by hand or left to the link's figures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from app.live.lesson import LiveLesson
from media.quality import AUDIO, HIGH, LOW, MEDIUM


class QualityChoice(QComboBox):
    """Automatic (the figures choose, the default), or a fixed picture quality, or sound only."""

    def __init__(self, lesson: LiveLesson, peer: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson, self._peer = lesson, peer
        for text, preset in (
            (self.tr("Quality: automatic"), None),
            (self.tr("Quality: good (640×480)"), HIGH),
            (self.tr("Quality: fair (320×240)"), MEDIUM),
            (self.tr("Quality: poor (320×240, 7 frames/s)"), LOW),
            (self.tr("Sound only"), AUDIO),
        ):
            self.addItem(text, preset)
        self.setToolTip(self.tr("What this PC sends on this link; automatic follows the link's loss and delay"))
        self.activated.connect(self._picked)

    def _picked(self, index: int) -> None:
        peer = self._peer()
        if peer is not None:
            self._lesson.set_quality(peer, self.itemData(index))

    def show_choice(self) -> None:
        """Show the lesson's choice for the link (a rebuilt lesson starts automatic)."""
        peer = self._peer()
        chosen = self._lesson.quality(peer) if peer is not None else None
        presets = [self.itemData(index) for index in range(self.count())]
        self.setCurrentIndex(presets.index(chosen) if chosen in presets else 0)
