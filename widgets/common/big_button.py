"""The large button pupils press: big type, tall, clear focus (see resources/style.qss)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def big_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("big", True)
    button.setMinimumHeight(64)
    return button
