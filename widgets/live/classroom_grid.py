"""The teacher's grid of classroom tiles, kept in step with the roster, the hands queue and the stage."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.live.lesson import LiveLesson
from widgets.live.classroom_tile import ClassroomTile
from widgets.live.pictures import PicturePump
from widgets.live.tile_grid import TileGrid


class ClassroomGrid(TileGrid):
    """One ClassroomTile per classroom in the lesson, in the order they joined, as large as fits (see TileGrid)."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty.setText(self.tr("No classroom has joined yet. Read out the code to the classrooms."))
        self._lesson = lesson
        self.tiles: dict[str, ClassroomTile] = {}
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
                self.tiles.pop(peer).deleteLater()
        for peer in peers:
            if peer not in self.tiles:
                self.tiles[peer] = ClassroomTile(self._lesson, peer)
        self.tiles = {peer: self.tiles[peer] for peer in peers}
        self.set_tiles(list(self.tiles.values()))

    def _tile_shown(self, peer: str) -> bool:
        tile = self.tiles.get(peer)
        return tile is not None and tile.isVisible() and not tile.visibleRegion().isEmpty()

    def _show_picture(self, peer: str, image: QImage) -> None:
        self.tiles[peer].show_picture(image)
