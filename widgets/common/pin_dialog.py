"""Asking for the teacher/IT PIN before what pupils may not do, or for a yes when the PC is unlocked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.screen_lock import ScreenLock
from widgets.common.ask import ask


class PinDialog(QDialog):
    """The PIN box: the right PIN unlocks and closes it; a wrong one is said, and it stays open."""

    def __init__(self, lock: ScreenLock, why: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._lock = lock
        self.setWindowTitle(self.tr("Teacher or IT staff only"))
        self.why = QLabel(why)
        self.why.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Teacher/IT PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()  # until a wrong PIN
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.unlock = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock.setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.pin)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.pin.setFocus()

    def accept(self) -> None:
        if self._lock.unlock(self.pin.text()):
            self.pin.clear()
            super().accept()
            return
        self.pin.clear()
        wait = self._lock.retry_in()
        if wait:
            self.problem.setText(self.tr("Too many wrong PINs. Wait %n second(s), then try again.", "", wait))
        else:
            self.problem.setText(self.tr("Wrong PIN. Try again, or ask the teacher or the IT staff."))
        self.problem.show()
        self.adjustSize()  # room for the wrapped lines
        self.pin.setFocus()


def ask_pin(lock: ScreenLock, why: str, then: Callable[[], None], parent: QWidget) -> PinDialog:
    """The PIN box, open when this returns (why: what the PIN opens); then() runs once the right PIN is typed."""
    dialog = PinDialog(lock, why, parent)
    dialog.accepted.connect(then)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def ask_first(lock: ScreenLock, why: str, question: str, then: Callable[[], None], parent: QWidget) -> QDialog:
    """One question before then() runs: the PIN when locked (why: what it opens), else a yes to question.

    The question is open when this returns and answered as the person does; it is returned for tests.
    """
    if lock.locked:
        return ask_pin(lock, why, then, parent)
    box = ask(parent, parent.window().windowTitle(), question, lambda yes: then() if yes else None)
    box.finished.connect(box.deleteLater)
    return box
