"""The choices of a question: tap (or press A/B/C, 1/2/3) to choose, change your mind, then confirm."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from widgets.common.big_button import big_button

MARKS = {False: ("○", "●"), True: ("☐", "☑")}
"""Unchosen and chosen, by whether several may be picked: a round mark for one, a box for several."""


class ChoiceInputs(QWidget):
    """Large toggle buttons for a question's choices and a Confirm button; confirmed(value) once confirmed.

    One answer (multiple False): a tap chooses and a tap on another changes it; the value is that choice's.
    Several (multiple True): each tap adds or removes one; the value is the list, in the choices' order.
    Nothing counts until Confirm (or Enter); nothing chosen, nothing to confirm.
    """

    confirmed = Signal(object)

    def __init__(self, choices: list[tuple[object, str]], multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._multiple = multiple
        self._names = [f"{chr(ord('A') + i)}. {label}" for i, (_, label) in enumerate(choices)]
        self.hint = QLabel(
            self.tr("Pick all that apply, then press Confirm.")
            if multiple
            else self.tr("Pick one answer, then press Confirm.")
        )
        self.hint.setObjectName("subheading")
        self.hint.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        for i in range(len(choices)):
            key = chr(ord("A") + i)
            button = big_button("")
            button.setCheckable(True)
            button.setAccessibleName(self._names[i])  # read out without the mark; checked is said apart
            button.setToolTip(
                self.tr("Press {key} to choose or unchoose").format(key=key)
                if multiple
                else self.tr("Press {key} or {number}").format(key=key, number=i + 1)
            )
            self.group.addButton(button, i)
            self.buttons.append(button)
            grid.addWidget(button, i // 2, i % 2)
            for shortcut_key in (key,) if multiple else (key, str(i + 1)):
                self._shortcut(shortcut_key, button.click)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosen")
        self.chosen.setWordWrap(True)
        self.confirm_button = big_button(self.tr("Confirm (Enter)"))
        self.confirm_button.clicked.connect(self._confirm)
        for key in ("Return", "Enter"):
            self._shortcut(key, self.confirm_button.click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addWidget(self.chosen)
        layout.addWidget(self.confirm_button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._show_choice)
        self._show_choice()

    def _shortcut(self, key: str, slot: object) -> None:
        QShortcut(QKeySequence(key), self).activated.connect(slot)  # goes with this widget

    def _picked(self) -> list[int]:
        return [i for i, button in enumerate(self.buttons) if button.isChecked()]

    def _show_choice(self, _button: QAbstractButton | None = None, _checked: bool = False) -> None:
        marks = MARKS[self._multiple]
        for button, name in zip(self.buttons, self._names, strict=True):
            button.setText(f"{marks[button.isChecked()]}  {name}")
        picked = self._picked()
        self.confirm_button.setEnabled(bool(picked))
        names = self.tr(", ").join(self._names[i] for i in picked)
        self.chosen.setText(self.tr("You chose: {choice}").format(choice=names) if picked else "")

    def _confirm(self) -> None:
        picked = self._picked()
        if not picked:
            return
        values = [self._choices[i][0] for i in picked]
        self.confirmed.emit(values if self._multiple else values[0])
