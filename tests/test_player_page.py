"""The player page on a real player and demo video (offscreen Qt): controls, shortcuts, resuming."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QSlider
from pytestqt.qtbot import QtBot

from app import i18n
from media.decoder import VideoItem
from media.player import Player, PlayerState, Sound
from tests.null_sink import NullSink
from tests.test_main_window import colours
from widgets.student.player_page import PlayerPage

TITLE = "Science: The Water Cycle"
OpenPage = Callable[..., PlayerPage]


@pytest.fixture
def open_page(qtbot: QtBot, null_sink: NullSink, demo_source: Path) -> Iterator[OpenPage]:
    """Pages on players of the water-cycle video; players closed and files shut after the test."""
    opened: list[tuple[Player, Any]] = []

    def open_page(start: float = 0.0, **options: Any) -> PlayerPage:
        file = (demo_source / "videos" / "science-water.mp4").open("rb")
        player = Player(file, **options)
        opened.append((player, file))
        page = PlayerPage(player, TITLE, start)
        qtbot.addWidget(page)
        page.resize(960, 640)
        page.show()
        qtbot.waitUntil(lambda: not page.view.image().isNull())
        return page

    yield open_page
    for player, file in opened:
        player.close()
        file.close()
    assert not [t.name for t in threading.enumerate() if t.name.startswith("player-")]


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_page_shows_the_picture_and_offers_to_continue(
    qtbot: QtBot, qapp: QApplication, open_page: OpenPage, tmp_path: Path, language: str
) -> None:
    i18n.install(qapp, language)
    qapp.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    try:
        page = open_page(start=23.4)
        qtbot.waitUntil(lambda: page.player.state is PlayerState.PAUSED)
        assert page.offer.isVisible() and "0:23" in page.offer.question.text()
        assert page.time_label.text() == "0:23 / 1:00"
        assert page.seek_bar.value() == 234 and page.seek_bar.maximum() == 600
        image = page.grab().toImage()
        assert colours(image) > 50, "the page looks blank"
        # the picture fills the video area's width (16:9 into a wider area: bars left and right)
        picture = page.view.picture_rect()
        assert picture.height() == page.view.height() or picture.width() == page.view.width()
        image.save(str(tmp_path / f"player-{language}.png"))
    finally:
        qapp.setStyleSheet("")
        i18n.install(qapp, "en")


def test_continue_plays_on_from_the_saved_position(qtbot: QtBot, open_page: OpenPage) -> None:
    page = open_page(start=23.0)
    qtbot.mouseClick(page.offer.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.player.state is PlayerState.PLAYING and page.player.position > 23.3, timeout=5000)
    assert page.player.position < 26 and page.offer.isHidden()


def test_start_over_plays_from_the_beginning(qtbot: QtBot, open_page: OpenPage) -> None:
    page = open_page(start=23.0)
    qtbot.mouseClick(page.offer.start_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.player.state is PlayerState.PLAYING and 0.2 < page.player.position < 3, timeout=5000)
    assert page.offer.isHidden()


def test_a_short_saved_position_just_plays(qtbot: QtBot, open_page: OpenPage) -> None:
    page = open_page(start=2.0)
    assert page.offer.isHidden()
    qtbot.waitUntil(lambda: page.player.state is PlayerState.PLAYING, timeout=5000)
    assert page.player.position < 3


def test_keyboard_shortcuts_seek_bar_and_saving_the_position(qtbot: QtBot, open_page: OpenPage) -> None:
    page = open_page()
    player = page.player
    saved: list[float] = []
    page.position_to_save.connect(saved.append)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING, timeout=5000)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state is PlayerState.PAUSED)
    qtbot.wait(300)  # the sound already handed to the device plays out, and the clock with it
    at = player.position
    assert saved and saved[-1] == pytest.approx(at, abs=0.3)
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: abs(player.frame_time - (at + 10)) < 0.1)
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: player.position == 0 and page.time_label.text() == "0:00 / 1:00")
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert player.volume == 80 and page.volume_bar.value() == 80
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert player.volume == 90
    qtbot.keyClick(page.view, Qt.Key.Key_F)
    assert page.video_area.isWindow() and page.video_area.isFullScreen()
    assert page.full_screen_button.accessibleName() == "Leave full screen"
    qtbot.waitUntil(page.video_area.isActiveWindow)  # a window manager activates it asynchronously
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.video_area.isWindow() and page.video_area.parent() is page
    page.seek_bar.setValue(300)  # as a drag does
    qtbot.waitUntil(lambda: page.time_label.text() == "0:30 / 1:00")
    assert player.position == 30
    page.hide()
    assert saved[-1] == 30
    page.show()
    player.seek(59.5)
    player.play()
    qtbot.waitUntil(lambda: player.state is PlayerState.ENDED, timeout=5000)
    assert page.view.message() == "The end. Press Play to watch it again."
    page.hide()
    assert saved[-1] == 0  # a finished lesson starts from the beginning next time


def test_controls_are_named_and_their_tooltips_give_the_keys(open_page: OpenPage) -> None:
    page = open_page()
    controls = page.findChildren(QAbstractButton) + page.findChildren(QSlider)
    assert len(controls) >= 9
    for control in controls:
        assert control.accessibleName(), control
    assert page.play_button.toolTip() == "Play or pause (Space)"
    assert page.back_button.toolTip() == "Back 10 seconds (Left)"
    assert page.forward_button.toolTip() == "Forward 10 seconds (Right)"
    assert page.volume_bar.toolTip() == "Volume (Up louder, Down softer)"
    assert page.full_screen_button.toolTip() == "Full screen (F; Esc leaves it)"


def test_no_speakers_is_said_under_the_picture(qtbot: QtBot, open_page: OpenPage) -> None:
    page = open_page(device="speakers that are not there")
    qtbot.waitUntil(lambda: page.player.sound is Sound.NO_DEVICE)
    assert page.sound_note.isVisible()
    assert page.sound_note.text().startswith("The speakers cannot be used")
    qtbot.waitUntil(lambda: page.player.position > 0.5, timeout=5000)


def test_a_broken_video_says_so_on_the_picture_and_disables_the_controls(qtbot: QtBot, null_sink: NullSink) -> None:
    player = Player(io.BytesIO(b"this is no video" * 1000), name="lesson-3.mp4")
    page = PlayerPage(player, TITLE)
    qtbot.addWidget(page)
    page.show()
    try:
        qtbot.waitUntil(lambda: player.state is PlayerState.FAILED)
        assert page.view.message().startswith("The lesson video lesson-3.mp4 cannot be played")
        assert not page.play_button.isEnabled() and not page.seek_bar.isEnabled()
    finally:
        player.close()


class FailingDisk(io.RawIOBase):
    """A file on a disk that fails to read (an unplugged USB stick, a bad sector)."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return 1_000_000 if whence == 2 else offset

    def readinto(self, buffer: Any) -> int:
        raise OSError(5, "Input/output error")


def test_a_failure_in_a_player_thread_is_shown_on_the_page(
    qtbot: QtBot, null_sink: NullSink, demo_source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_conversion(self: VideoItem) -> None:
        raise RuntimeError("the picture could not be converted")

    monkeypatch.setattr(VideoItem, "to_qimage", broken_conversion)  # fails in the present thread
    with (demo_source / "videos" / "science-water.mp4").open("rb") as file:
        for source in (file, FailingDisk()):  # the second fails in the decode thread, while opening
            player = Player(source, name="lesson-5.mp4")
            page = PlayerPage(player, TITLE)
            qtbot.addWidget(page)
            page.show()
            try:
                qtbot.waitUntil(lambda: player.state is PlayerState.FAILED, timeout=5000)  # noqa: B023
                assert page.view.message().startswith("The lesson video lesson-5.mp4 ")
                assert "could not be converted" in page.view.message() or "Input/output error" in page.view.message()
                assert not page.play_button.isEnabled()
            finally:
                player.close()
