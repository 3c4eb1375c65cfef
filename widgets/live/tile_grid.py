"""Tiles of one size in rows and columns that reflow to fill the space they get, never wider than it."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

SPACING = 8
LEAST_WIDTH = 180
"""The narrowest tile that is still readable (a name, its buttons' words, a picture of 168x94): with more tiles
than fit at this width, they scroll down."""


def widest(limit: int, fits: Callable[[int], bool]) -> int:
    """The largest width up to limit for which fits(width) holds (fits holds for all smaller ones), or 0."""
    low, high = 0, max(limit, 0)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def fits(rows: int, height: int, height_for: Callable[[int], int], width: int) -> bool:
    """Whether rows of tiles `width` wide fit in this height."""
    return rows * (height_for(width) + SPACING) - SPACING <= height


def arrangement(count: int, space: QSize, height_for: Callable[[int], int]) -> tuple[int, int]:
    """(columns, tile width) for count tiles: the largest tiles that all fit in space, if at least LEAST_WIDTH wide;
    else as many columns of tiles at least LEAST_WIDTH wide as fit across, the rest further down."""
    best = (1, 0)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        across = (space.width() - (columns - 1) * SPACING) // columns
        width = widest(across, partial(fits, rows, space.height(), height_for))
        if width > best[1]:
            best = (columns, width)
    if best[1] >= LEAST_WIDTH:
        return best
    columns = max(1, min(count, (space.width() + SPACING) // (LEAST_WIDTH + SPACING)))
    return columns, (space.width() - (columns - 1) * SPACING) // columns


class TileGrid(QScrollArea):
    """Places its tiles (widgets with a heightForWidth, all alike) in a grid, centred, as large as fits; scrolls
    down only when not all fit even at LEAST_WIDTH, and never sideways. The words of `empty` fill the space while
    there are none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: list[QWidget] = []
        self._inner = QWidget()
        self.empty = QLabel(self._inner)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._inner)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._again = QTimer(self)  # once for all the tiles whose contents changed their height
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.arrange)

    def set_tiles(self, tiles: list[QWidget]) -> None:
        """Show these tiles, in this order (tiles left out are no longer placed; their owner deletes them)."""
        self._tiles = list(tiles)
        for tile in self._tiles:
            tile.setParent(self._inner)
            tile.installEventFilter(self)
            tile.show()
        self.empty.setVisible(not tiles)
        self.arrange()

    def arrange(self) -> None:
        """Place the tiles for the space there is now."""
        space = self.maximumViewportSize()
        if not self._tiles:
            self._inner.resize(space)
            self.empty.setGeometry(0, 0, space.width(), space.height())
            return
        tiles = self._tiles

        def height_for(width: int) -> int:
            return max(tile.heightForWidth(width) for tile in tiles)  # a name in Chinese may be a line higher

        columns, width = arrangement(len(self._tiles), space, height_for)
        rows = math.ceil(len(self._tiles) / columns)
        height = height_for(width)
        if rows * (height + SPACING) - SPACING > space.height():  # a scroll bar takes its width
            space.setWidth(space.width() - self.verticalScrollBar().sizeHint().width())
            columns, width = arrangement(len(self._tiles), space, height_for)
            rows, height = math.ceil(len(self._tiles) / columns), height_for(width)
        left = (space.width() - columns * (width + SPACING) + SPACING) // 2
        for number, tile in enumerate(self._tiles):
            row, column = divmod(number, columns)
            tile.setGeometry(left + column * (width + SPACING), row * (height + SPACING), width, height)
        self._inner.resize(space.width(), rows * (height + SPACING) - SPACING)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched in self._tiles:
            self._again.start()  # a tile's words or style changed: its height for a width may have too
        return False
