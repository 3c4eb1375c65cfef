"""Python's cyclic garbage collector, run in the Qt thread only.

A QObject caught in a reference cycle (asyncio and qasync objects, a closed window with its
lambdas) is deleted by whichever thread the collector happens to run in. With Python worker
threads running (the player's decoding, a downloader) that is often not the Qt thread, and Qt
then crashes ("Timers cannot be stopped from another thread", then a segmentation fault). So the
automatic collector is switched off and a timer in the Qt thread does its work.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer, Slot

logger = logging.getLogger(__name__)

INTERVAL_MS = 500


class QtThreadGarbageCollector(QObject):
    """Switches automatic collection off until stop(), and collects on a timer in the Qt thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    @Slot()
    def collect(self) -> None:
        """Collect the generations Python itself would have collected by now. Runs in the Qt thread."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                found = gc.collect(generation)
                if found:
                    logger.debug("collected %d objects (generation %d)", found, generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
