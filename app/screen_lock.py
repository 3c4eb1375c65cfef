"""The teacher/IT lock of a classroom PC: the teacher's and IT staff's screens open only after the PIN.

Unlocked by the right PIN, the PC locks again after some minutes without a key press, a click or a mouse
move (the idle timer, restarted by every input event while unlocked), or when told to. A PC without a
PIN (or a teacher's PC, which passes none) is never locked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from app.pin import pin_matches

logger = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)
"""What counts as someone at the PC."""

FREE_TRIES = 5
"""Wrong PINs in a row before the lock makes the next try wait."""
FIRST_WAIT = 30.0
"""Seconds of the first wait; each further wrong PIN doubles it, up to LONGEST_WAIT."""
LONGEST_WAIT = 15 * 60.0


class ScreenLock(QObject):
    """Locked or not; the PIN unlocks it, idle minutes lock it again. Must be used in the Qt thread."""

    locked_changed = Signal()

    def __init__(
        self,
        pin_hash: str,
        idle_minutes: int,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """pin_hash: `[ui] pin_hash` ("" for none: never locked); idle_minutes: `[ui] lock_after_minutes`."""
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._clock = clock
        self._wrong = 0  # wrong PINs in a row
        self._wait_until = 0.0
        self._locked = bool(pin_hash)
        self.idle = QTimer(self)
        """Runs while unlocked; its timeout locks."""
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_minutes * 60_000)
        self.idle.timeout.connect(self.lock)

    @property
    def guarded(self) -> bool:
        """Whether this PC has a PIN at all."""
        return bool(self._pin_hash)

    @property
    def locked(self) -> bool:
        return self._locked

    def retry_in(self) -> int:
        """Whole seconds before another PIN is tried, after too many wrong ones in a row; 0 when it may be now."""
        return max(0, int(self._wait_until - self._clock() + 0.999))

    def unlock(self, pin: str) -> bool:
        """Unlock if pin is right; whether it was (the PIN itself is never logged). While retry_in() says to
        wait, no PIN is tried: guessing a four-digit PIN takes days, not minutes."""
        if self.retry_in():
            return False
        if not pin_matches(pin, self._pin_hash):
            self._wrong += 1
            logger.info("a wrong teacher/IT PIN was typed (%d in a row)", self._wrong)
            if self._wrong >= FREE_TRIES:
                self._wait_until = self._clock() + min(FIRST_WAIT * 2 ** (self._wrong - FREE_TRIES), LONGEST_WAIT)
            return False
        self._wrong = 0
        if self._locked:
            self._locked = False
            app = QCoreApplication.instance()
            if app is not None:  # input anywhere in the program keeps it open
                app.installEventFilter(self)
            self.idle.start()
            logger.info("unlocked with the teacher/IT PIN")
            self.locked_changed.emit()
        return True

    def lock(self) -> None:
        """Lock now (idle minutes passed, or the teacher locked it); nothing on a PC without a PIN."""
        if not self.guarded or self._locked:
            return
        self._locked = True
        self.idle.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        logger.info("locked")
        self.locked_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the application while unlocked: input restarts the idle timer; nothing is kept from anyone."""
        if event.type() in INPUT_EVENTS:
            self.idle.start()
        return False
