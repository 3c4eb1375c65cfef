"""The classroom's library: videos download in the background; keep, remove, download again."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.config import Config
from app.lesson_list import PROGRESS_ROLE, STATE_COLUMN, LessonFilter, LessonTableModel
from app.services import open_services
from hub.demo import LESSONS
from hub.server import RunningHub
from media.cache_reader import file_sha256
from media.video_state import VideoState


async def test_videos_download_and_the_list_says_where_each_is(
    hub: RunningHub, tmp_path: Path, qapp: QApplication
) -> None:
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    library = services.library
    model = LessonTableModel(services.catalog, library)
    lessons = LessonFilter(model)
    try:
        await services.catalog.refresh()
        states = [model.index(row, STATE_COLUMN).data() for row in range(model.rowCount())]
        assert states == ["On the hub"] * 3 + ["No video"]  # the demo's times-tables practice is only a quiz
        lessons.show_only_on_this_pc(True)
        assert lessons.rowCount() == 1  # the quiz-only lesson needs nothing from the hub
        assert await library.download_pass()
        assert [library.status(v.id).state for v in library.wanted()] == [VideoState.READY] * 3  # type: ignore[union-attr]
        assert lessons.rowCount() == 4 and library.usage == sum(v.size for v in library.wanted())

        english = model.lesson(0).video_id
        library.pin(english, True)
        assert model.index(0, STATE_COLUMN).data() == "On this PC, kept"
        library.pin(english, False)
        assert library.remove(english)
        assert model.index(0, STATE_COLUMN).data() == "Removed"
        assert lessons.rowCount() == 3
        assert english not in [v.id for v in library.wanted()]
        assert await library.download_pass()  # a removed video stays removed
        assert library.status(english).verified == 0  # type: ignore[union-attr]

        library.download_again(english)
        assert await library.download_pass()
        assert model.index(0, STATE_COLUMN).data() == "On this PC"
    finally:
        await services.stop()


async def test_a_download_shows_its_progress(hub: RunningHub, tmp_path: Path, qapp: QApplication) -> None:
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    model = LessonTableModel(services.catalog, services.library)
    shown: list[tuple[object, object]] = []

    def changed(video_id: str) -> None:
        if video_id == model.lesson(0).video_id:
            index = model.index(0, STATE_COLUMN)
            shown.append((index.data(PROGRESS_ROLE), index.data()))

    services.library.video_changed.connect(changed)
    try:
        await services.catalog.refresh()
        await services.library.download_pass()
    finally:
        await services.stop()
    percents = [percent for percent, _ in shown if percent is not None]
    assert len(percents) > 3 and percents == sorted(percents) and 0 < percents[0] < percents[-1] <= 100
    assert (None, "On this PC") == shown[-1]
    assert any(text == f"Downloading {percents[1]}%" for _, text in shown)


async def test_a_lesson_over_an_hour_long_shows_hours_in_the_list(
    hub: RunningHub, tmp_path: Path, qapp: QApplication
) -> None:
    lesson = next(lesson for lesson in LESSONS if lesson["id"] == "science-water")
    lecture = {**lesson, "position": 2}  # a 2-hour lecture
    hub.store.add_lesson(lecture, hub.store.videos_dir / "science-water.mp4", 7_265.4)
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    model = LessonTableModel(services.catalog, services.library)
    try:
        await services.catalog.refresh()
        row = next(row for row in range(model.rowCount()) if model.lesson(row).id == "science-water")
        assert model.index(row, 2).data() == "2:01:05"
    finally:
        await services.stop()


async def test_a_video_removed_before_its_first_download_stays_off_this_pc(
    hub: RunningHub, tmp_path: Path, qapp: QApplication
) -> None:
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    library = services.library
    model = LessonTableModel(services.catalog, library)
    try:
        await services.catalog.refresh()
        english = model.lesson(0).video["id"]
        assert library.status(english) is None  # in the catalog, not yet tracked by the cache
        assert library.remove(english)
        assert model.index(0, STATE_COLUMN).data() == "Removed"
        assert await library.download_pass()
        assert english not in [v.id for v in library.wanted()] and library.status(english) is None
        states = {model.lesson(row).id: model.index(row, STATE_COLUMN).data() for row in range(model.rowCount())}
        assert states == {
            "english-fruit": "Removed",
            "math-fractions": "On this PC",
            "math-times-tables": "No video",
            "science-water": "On this PC",
        }
    finally:
        await services.stop()


async def test_two_download_passes_at_once_take_turns(
    hub: RunningHub, tmp_path: Path, qapp: QApplication, originals: dict[str, bytes]
) -> None:
    """The background pass and a direct one (the Repeater's, a 'download again') may be asked for at
    once: the second waits for the first, then finds nothing left; every video ends whole."""
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    library = services.library
    try:
        await services.catalog.refresh()
        assert await asyncio.gather(library.download_pass(), library.download_pass()) == [True, True]
        assert [library.status(v.id).state for v in library.wanted()] == [VideoState.READY] * 3  # type: ignore[union-attr]
        for video in library.wanted():
            assert file_sha256(library.cache.path, video.id) == hashlib.sha256(originals[video.id]).hexdigest()
    finally:
        await services.stop()
