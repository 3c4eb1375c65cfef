"""The teacher's grid of classroom tiles, kept in step with the roster, the hands queue and the stage."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.live.lesson import LiveLesson
from widgets.live.classroom_tile import ClassroomTile
from widgets.live.pictures import PicturePump


class ClassroomGrid(QScrollArea):
    """One ClassroomTile per classroom in the lesson, in the order they joined; scrolls past what fits."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self.tiles: dict[str, ClassroomTile] = {}
        self.empty = QLabel(self.tr("No classroom has joined yet. Read out the code to the classrooms."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._inner = QWidget()
        self._grid = QGridLayout()
        self._grid.setSpacing(8)
        self._grid.addWidget(self.empty, 0, 0)
        column = QVBoxLayout(self._inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._grid)
        column.addStretch(1)  # the tiles keep their height at the top
        self.setWidget(self._inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._pump = PicturePump(lesson, self._show_picture, self._tile_shown, self)
        lesson.roster_changed.connect(self.refresh)
        lesson.hands_changed.connect(self.refresh)
        lesson.stage_changed.connect(self.refresh)

    def refresh(self) -> None:
        roster = self._lesson.room.roster
        if [entry.peer for entry in roster] != list(self.tiles):
            self._place([entry.peer for entry in roster])
        hands, stage = self._lesson.room.hands, self._lesson.room.stage
        for entry in roster:
            place = hands.index(entry.peer) + 1 if entry.peer in hands else 0
            self.tiles[entry.peer].show_entry(entry, place, entry.peer == stage)

    def _place(self, peers: list[str]) -> None:
        for peer in list(self.tiles):
            if peer not in peers:
                tile = self.tiles.pop(peer)
                self._grid.removeWidget(tile)
                tile.deleteLater()
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)  # placed again below, in the roster's order
        for peer in peers:
            if peer not in self.tiles:
                self.tiles[peer] = ClassroomTile(self._lesson, peer)
        self.tiles = {peer: self.tiles[peer] for peer in peers}
        columns = max(1, min(3, math.ceil(math.sqrt(len(peers)))))
        for number, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, number // columns, number % columns)
        self.empty.setVisible(not peers)

    def _tile_shown(self, peer: str) -> bool:
        tile = self.tiles.get(peer)
        return tile is not None and tile.isVisible() and not tile.visibleRegion().isEmpty()

    def _show_picture(self, peer: str, image: QImage) -> None:
        self.tiles[peer].show_picture(image)
