"""Files as teachers really have them, played on the player page: odd widths, portrait phone videos,
rotation metadata, sound-only lessons. The files are made by FFmpeg's libraries (PyAV), not the project.

Colours are checked in what the page paints, not in a state variable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO

import av
import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from media.player import Player, PlayerState, Sound
from tests.null_sink import NullSink
from widgets.student.player_page import PlayerPage

RED, GREEN, BLUE = (230, 20, 20), (20, 230, 20), (20, 20, 230)
LOUD = 0.01  # RMS of the tone at the sink

Play = Callable[[Path], PlayerPage]


def quadrants(width: int, height: int) -> np.ndarray:
    """Red top left, green top right, blue along the bottom: any turn or mirror changes the picture."""
    pixels = np.zeros((height, width, 3), np.uint8)
    pixels[: height // 2, : width // 2] = RED
    pixels[: height // 2, width // 2 :] = GREEN
    pixels[height // 2 :] = BLUE
    return pixels


def tone(seconds: float) -> np.ndarray:
    return (0.3 * np.sin(np.arange(round(seconds * 48_000)) * 2 * np.pi * 440 / 48_000)).astype(np.float32)


def video_file(path: Path, width: int, height: int, seconds: float = 3.0, rotation: int = 0) -> Path:
    """An H.264 MP4 of the quadrants at 15 fps; rotation: the display matrix a phone writes."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=15)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        if rotation:
            stream.set_display_rotation(rotation)
        frame = av.VideoFrame.from_ndarray(quadrants(width, height), format="rgb24")
        for _ in range(round(seconds * 15)):
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def sound_file(path: Path, codec: str, seconds: float) -> Path:
    """A sound-only file (an M4A with AAC, an MP3) holding a 440 Hz tone."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=48_000, layout="mono")
        assert isinstance(stream, av.AudioStream)
        samples = tone(seconds)
        for start in range(0, len(samples), 1152):
            frame = av.AudioFrame.from_ndarray(samples[None, start : start + 1152], format="fltp", layout="mono")
            frame.sample_rate, frame.pts = 48_000, start
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


@pytest.fixture
def play(qtbot: QtBot, null_sink: NullSink) -> Iterator[Play]:
    """Opens files on player pages; players and files closed after the test, no thread left."""
    opened: list[tuple[Player, BinaryIO]] = []

    def open_page(path: Path) -> PlayerPage:
        file = path.open("rb")
        player = Player(file, name=path.name)
        opened.append((player, file))
        page = PlayerPage(player, path.stem)
        qtbot.addWidget(page)
        page.resize(800, 600)
        page.show()
        return page

    yield open_page
    for player, file in opened:
        player.close()
        file.close()
    assert not [t.name for t in threading.enumerate() if t.name.startswith("player-")]


def colour_at(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    colour = QColor(image.pixel(round(x), round(y)))
    return colour.red(), colour.green(), colour.blue()


def near(found: tuple[int, int, int], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(found, wanted, strict=True))


def painted(page: PlayerPage) -> tuple[QImage, float, float, float, float]:
    """The view as painted, and where the picture lies in it (left, top, width, height)."""
    rect = page.view.picture_rect()
    return page.view.grab().toImage(), rect.x(), rect.y(), rect.width(), rect.height()


def shows_quadrants_upright(page: PlayerPage, width: int, height: int) -> bool:
    image, left, top, w, h = painted(page)
    if w == 0 or abs(w / h - width / height) > 0.02:
        return False
    return (
        near(colour_at(image, left + w / 4, top + h / 4), RED)
        and near(colour_at(image, left + 3 * w / 4, top + h / 4), GREEN)
        and near(colour_at(image, left + w / 2, top + 3 * h / 4), BLUE)
    )


@pytest.mark.parametrize(
    ("width", "height"), [(854, 480), (426, 240), (360, 640), (1080, 608), (1366, 768), (1080, 1920)]
)
def test_common_widths_and_portrait_videos_play_with_their_picture(
    qtbot: QtBot, play: Play, tmp_path: Path, width: int, height: int
) -> None:
    page = play(video_file(tmp_path / f"{width}x{height}.mp4", width, height, seconds=2.0 if width < 1000 else 1.0))
    qtbot.waitUntil(lambda: page.player.position > 0.3, timeout=8000)
    assert page.player.state in (PlayerState.PLAYING, PlayerState.ENDED)
    qtbot.waitUntil(lambda: shows_quadrants_upright(page, width, height), timeout=3000)
    assert page.view.image().size().toTuple() == (width, height)


Spot = tuple[float, float, tuple[int, int, int]]
"""A point of the picture, as fractions of its width and height, and the colour it must have there."""


@pytest.mark.parametrize(
    ("rotation", "size", "spots"),
    [
        # "rotate=90" as a phone writes it for a video shot upright: turn clockwise
        (-90, (180, 320), [(0.25, 0.5, BLUE), (0.75, 0.25, RED), (0.75, 0.75, GREEN)]),
        (90, (180, 320), [(0.25, 0.25, GREEN), (0.25, 0.75, RED), (0.75, 0.5, BLUE)]),
        (180, (320, 180), [(0.5, 0.25, BLUE), (0.25, 0.75, GREEN), (0.75, 0.75, RED)]),
    ],
)
def test_a_phone_video_with_rotation_metadata_plays_upright(
    qtbot: QtBot, play: Play, tmp_path: Path, rotation: int, size: tuple[int, int], spots: list[Spot]
) -> None:
    # stored 320x180 as the camera saw it; the display matrix says how to turn it
    page = play(video_file(tmp_path / "phone.mp4", 320, 180, rotation=rotation))
    qtbot.waitUntil(lambda: not page.view.image().isNull(), timeout=8000)
    assert page.view.image().size().toTuple() == size
    image, left, top, w, h = painted(page)
    assert (w > h) == (size[0] > size[1])
    for x, y, colour in spots:
        assert near(colour_at(image, left + x * w, top + y * h), colour), (x, y)


@pytest.mark.parametrize(("name", "codec"), [("talk.m4a", "aac"), ("talk.mp3", "libmp3lame")])
def test_a_sound_only_lesson_plays_its_sound_with_the_clock_running(
    qtbot: QtBot, play: Play, null_sink: NullSink, tmp_path: Path, name: str, codec: str
) -> None:
    page = play(sound_file(tmp_path / name, codec if codec in av.codecs_available else "mp3", seconds=6))
    qtbot.waitUntil(lambda: page.player.position > 1.5, timeout=8000)
    assert page.player.state is PlayerState.PLAYING and page.player.sound is Sound.SPEAKERS
    assert page.view.message() == "This lesson has sound only: listen."
    assert page.time_label.text().startswith("0:01 / 0:0")
    assert null_sink.level(time.monotonic() - 0.5, time.monotonic()) > LOUD
    qtbot.waitUntil(lambda: page.player.state is PlayerState.ENDED, timeout=10000)


def test_lengths_over_an_hour_show_hours_minutes_and_seconds(qtbot: QtBot, play: Play, tmp_path: Path) -> None:
    path = tmp_path / "lecture.mp4"
    with av.open(str(path), "w") as container:  # 1 h 1 min 40 s of 16x16 pictures, one every 10 s
        stream = container.add_stream("libx264", rate=Fraction(1, 10))
        stream.width, stream.height, stream.pix_fmt = 16, 16, "yuv420p"
        frame = av.VideoFrame.from_ndarray(quadrants(16, 16), format="rgb24")
        for _ in range(370):
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    page = play(path)
    qtbot.waitUntil(lambda: page.player.duration > 3600, timeout=8000)
    assert page.time_label.text() == "0:00 / 1:01:40"
    page.player.seek(3605.0)
    qtbot.waitUntil(lambda: page.time_label.text().startswith("1:00:0"), timeout=5000)
