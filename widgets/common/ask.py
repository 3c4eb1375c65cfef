"""A yes/no question that does not block: the answer comes back by itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    answered: Callable[[bool], None],
    details: str = "",
    yes: str = "",
    no: str = "",
) -> QMessageBox:
    """Open the question over parent, No by default; answered(True) for yes, answered(False) for no or closed.

    text is the question itself, details what follows from the answer; yes and no are the buttons' words
    (say what each does: "Leave the quiz", "Keep going"), Qt's Yes and No when not given.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent
    )
    box.setInformativeText(details)
    if yes:
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
    if no:
        box.button(QMessageBox.StandardButton.No).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(lambda _: answered(box.clickedButton() == box.button(QMessageBox.StandardButton.Yes)))
    box.open()
    return box
