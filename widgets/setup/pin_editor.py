"""A new teacher/IT PIN for this PC, typed twice and never shown; what is kept is its salted hash."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.pin import MIN_LENGTH, hash_pin


class PinEditor(QWidget):
    """Two password boxes; left empty, the PIN stays as it is."""

    def __init__(self, has_pin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Teacher/IT PIN"))
        self.pin.setPlaceholderText(
            self.tr("set (type a new PIN to change it)")
            if has_pin
            else self.tr("none: anyone may open Teacher and IT setup")
        )
        self.again.setAccessibleName(self.tr("The PIN again"))
        self.again.setPlaceholderText(self.tr("the new PIN again"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pin)
        layout.addWidget(self.again)

    def typed(self) -> bool:
        return bool(self.pin.text() or self.again.text())

    def problem(self) -> str:
        """Why the PIN typed cannot be kept; "" when it can (or none was typed)."""
        if not self.typed():
            return ""
        if len(self.pin.text()) < MIN_LENGTH:
            return self.tr("The PIN needs at least {count} characters.").format(count=MIN_LENGTH)
        if self.pin.text() != self.again.text():
            return self.tr("The two PINs differ; type the same PIN in both boxes.")
        return ""

    def pin_hash(self) -> str:
        """The salted hash of the PIN typed (a new salt each time); check problem() first."""
        return hash_pin(self.pin.text())

    def clear(self) -> None:
        self.pin.clear()
        self.again.clear()
