"""The teacher's grid of classroom tiles in the space a 1366x768 screen leaves it: 1 to 8 classrooms all fit, at a
readable size, with no sideways scrolling; the tiles reflow when that space changes."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
import sqlite_utils
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.hub_client import HubClient
from app.live.lesson import LiveLesson
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from media.lesson_media import MediaChoice
from protocol.demo import DEMO_CLASSROOM
from protocol.live.from_hub import Roster
from protocol.live.parts import PeerView
from widgets.live.classroom_grid import ClassroomGrid
from widgets.live.classroom_tile import ClassroomTile

ON_1366X768 = QSize(789, 520)
"""The grid's space in the teacher's live lesson, in a maximised window on a 1366x768 screen: 789 wide beside the
menu and the side column; 621 high in a 1366x768 window, less a title bar, a task bar and a line of banner."""
NAMES = ["Lanyu 3", "Green Island Elementary 5", "Orchid Island 4", "綠島國小五年級", "Taitung 2", "Hualien 6"]


@pytest.fixture
def lesson(db: sqlite_utils.Database) -> LiveLesson:
    """A teacher's lesson that has not started: the hub's roster messages are handed to it directly."""
    client = HubClient("http://127.0.0.1:9", "unused")
    return LiveLesson(client, db, Quizzes(QuizStore(db), lambda: None), MediaChoice(0))


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's style sheet (it sets the tiles' borders and fonts) and this language."""
    i18n.install(qapp, request.param)
    qapp.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    yield request.param
    qapp.setStyleSheet("")
    i18n.install(qapp, "en")


def roster(lesson: LiveLesson, count: int) -> None:
    """White box: the hub's roster with `count` classrooms online (the second with its hand up, the third muted),
    as the signaling hands it to the lesson."""
    names = (NAMES * 2)[:count]
    peers = tuple(
        PeerView(f"peer{n}", name, True, "2026-11-25T02:40:00+00:00", n == 1, n == 2) for n, name in enumerate(names)
    )
    lesson._take(Roster("lesson", peers))


def on_screen(grid: ClassroomGrid, tile: ClassroomTile) -> QRect:
    """Where the tile is, in the grid's own coordinates."""
    return QRect(tile.mapTo(grid, tile.rect().topLeft()), tile.size())


def readable(tile: ClassroomTile) -> bool:
    """Its picture at least 160x90 and its buttons as wide as their words need."""
    buttons = (tile.mute_button, tile.stage_button)
    return (
        tile.video.width() >= 160
        and tile.video.height() >= 90
        and all(button.width() >= button.minimumSizeHint().width() for button in buttons)
    )


@pytest.mark.parametrize("count", range(1, 9))
def test_up_to_8_classrooms_fit_the_space_of_a_1366x768_screen(
    qtbot: QtBot, lesson: LiveLesson, count: int, language: str, tmp_path: Path
) -> None:
    grid = ClassroomGrid(lesson)
    qtbot.addWidget(grid)
    grid.resize(ON_1366X768)
    grid.show()
    roster(lesson, count)
    qtbot.wait(50)  # layouts settle
    grid.grab().save(str(tmp_path / f"grid-{count}-{language}.png"))
    assert len(grid.tiles) == count
    assert not grid.horizontalScrollBar().isVisible() and not grid.verticalScrollBar().isVisible()
    for tile in grid.tiles.values():
        assert grid.rect().contains(on_screen(grid, tile)), (tile.name.text(), on_screen(grid, tile))
        assert tile.visibleRegion().boundingRect() == tile.rect()
        assert readable(tile), (tile.name.text(), tile.video.size(), tile.mute_button.width())
    if count >= 3:  # the third is muted: marked on its picture
        muted = list(grid.tiles.values())[2].muted
        assert muted.isVisible() and muted.visibleRegion().boundingRect() == muted.rect()
    sizes = {tile.size().toTuple() for tile in grid.tiles.values()}
    assert len(sizes) == 1, sizes
    for video in (tile.video for tile in grid.tiles.values()):
        assert abs(video.width() * 9 / 16 - video.height()) <= 1, video.size()  # the cameras' 16:9, no tall bars


def test_the_tiles_reflow_when_the_space_changes_and_more_than_8_scroll_down(qtbot: QtBot, lesson: LiveLesson) -> None:
    grid = ClassroomGrid(lesson)
    qtbot.addWidget(grid)
    grid.resize(ON_1366X768)
    grid.show()
    roster(lesson, 4)
    qtbot.wait(50)

    def columns() -> int:
        return len({tile.x() for tile in grid.tiles.values()})

    wide = columns()
    assert wide >= 2
    grid.resize(360, 1400)  # a narrow, tall space: one column
    qtbot.waitUntil(lambda: columns() == 1)
    assert all(grid.rect().contains(on_screen(grid, tile)) for tile in grid.tiles.values())
    grid.resize(ON_1366X768)
    qtbot.waitUntil(lambda: columns() == wide)

    roster(lesson, 12)  # more than fit at a readable size: they scroll down, never sideways
    qtbot.wait(50)
    assert not grid.horizontalScrollBar().isVisible() and grid.verticalScrollBar().isVisible()
    for tile in grid.tiles.values():
        assert readable(tile)
        place = on_screen(grid, tile)
        assert 0 <= place.left() and place.right() < grid.viewport().width()


def test_the_demo_classroom_is_named_in_the_users_language(qtbot: QtBot, lesson: LiveLesson, language: str) -> None:
    grid = ClassroomGrid(lesson)
    qtbot.addWidget(grid)
    peer = PeerView("demo", DEMO_CLASSROOM, True, "2026-11-25T02:40:00+00:00", False, False)
    lesson._take(Roster("lesson", (peer,)))
    [tile] = grid.tiles.values()
    assert tile.name.toolTip() == {"en": "Demo classroom", "zh_TW": "示範教室"}[language]
