"""The offer to go on where a pupil stopped watching, as a bar that does not block the video."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from media.units import clock_text


class ResumeOffer(QFrame):
    """ "Continue from 1:23?" with Continue and Start over; either choice hides the bar."""

    continue_clicked = Signal()
    start_over_clicked = Signal()

    def __init__(self, position: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeOffer")
        self.question = QLabel(self.tr("Continue from {time}?").format(time=clock_text(position)))
        self.question.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue from {time}").format(time=clock_text(position)))
        self.continue_button.setDefault(True)
        self.start_over_button = QPushButton(self.tr("Start over"))
        self.start_over_button.setAccessibleName(self.tr("Start the video from the beginning"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.start_over_button)
        for button, signal in (
            (self.continue_button, self.continue_clicked),
            (self.start_over_button, self.start_over_clicked),
        ):
            button.clicked.connect(self.hide)
            button.clicked.connect(signal)
