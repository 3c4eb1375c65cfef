"""A question's picture: chosen from a PNG or JPEG file, shown small, removed."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.quiz_files import read_picture
from media.errors import ClassroomError

THUMBNAIL = 96
"""Pixels of the picture's longer side in the editor."""


class PictureEdit(QWidget):
    """Sets or removes the picture of the question dict it edits (schema Question.picture, the image's bytes in
    base64, as pupils' PCs show it); edited() after each change, failed(sentence) for a file it cannot take."""

    edited = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: dict[str, Any] = {}
        self.thumbnail = QLabel()
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose a picture…"))
        self.choose_button.setToolTip(self.tr("A PNG or JPEG picture shown with the question, at most 500 kB"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove the picture"))
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

    def edit(self, question: dict[str, Any]) -> None:
        self._question = question
        self._show()

    def _show(self) -> None:
        picture = QPixmap()
        if "picture" in self._question:
            picture.loadFromData(base64.b64decode(self._question["picture"]["data"]))
        if not picture.isNull():
            picture = picture.scaled(
                THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.thumbnail.setPixmap(picture)
        self.thumbnail.setVisible(not picture.isNull())
        self.remove_button.setVisible("picture" in self._question)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Picture for the question"), str(Path.home()), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Take the picture of a file, or say why not."""
        try:
            self._question["picture"] = read_picture(path)
        except ClassroomError as e:
            self.failed.emit(str(e))
            return
        self._show()
        self.edited.emit()

    def _remove(self) -> None:
        self._question.pop("picture", None)
        self._show()
        self.edited.emit()
