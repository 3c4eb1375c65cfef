"""What a viewer actually saw of a lesson's video, on a real player and the demo's 60-second video: the stretches
played through count, a skip does not; the fraction is queued for the hub as it grows by a tenth and when the player
closes, and what was seen is still there next time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils
from pytestqt.qtbot import QtBot

from app.config import Config
from app.progress_log import ProgressLog
from app.progress_watch import WatchProgress
from app.services import open_services
from hub.server import RunningHub
from media.player import Player, PlayerState
from tests.null_sink import NullSink


def watched_events(db: sqlite_utils.Database) -> list[float]:
    rows = db.query("select fraction from progress_outbox where kind = 'watched' and viewer = '陳怡君' order by rowid")
    return [row["fraction"] for row in rows]


def test_what_was_played_counts_not_where_the_player_stopped(
    qtbot: QtBot, null_sink: NullSink, demo_source: Path, db: sqlite_utils.Database
) -> None:
    log = ProgressLog(db)
    file: Any = (demo_source / "videos" / "science-water.mp4").open("rb")
    player = Player(file)
    watch = WatchProgress(db, log, player, "science-water", "video-water", "陳怡君", 60.0)
    try:
        player.start(0.0)
        qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING, timeout=10_000)
        qtbot.waitUntil(lambda: bool(watched_events(db)), timeout=20_000)  # a tenth of the video, while playing
        [first] = watched_events(db)
        assert 0.1 <= first < 0.15 and player.position < 9.5
        player.skip(30.0)
        qtbot.waitUntil(lambda: player.position > 40.0, timeout=20_000)
        watch.close()
    finally:
        player.close()
        file.close()
    last = watched_events(db)[-1]
    assert first < last < 0.3, "the skipped half minute was counted as seen"  # the position was two thirds in
    assert log.watched("science-water") == last
    file = (demo_source / "videos" / "science-water.mp4").open("rb")
    again = Player(file)
    try:  # next time, the same pupil: what was seen before is still counted
        assert WatchProgress(db, log, again, "science-water", "video-water", "陳怡君", 60.0).fraction >= last
    finally:
        again.close()
        file.close()


async def test_closing_the_player_of_a_downloaded_lesson_queues_what_the_class_saw(
    qtbot: QtBot, null_sink: NullSink, hub: RunningHub, tmp_path: Path
) -> None:
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    try:
        await services.catalog.refresh()
        assert await services.library.download_pass()
        [lesson] = [lesson for lesson in services.catalog.lessons if lesson.id == "science-water"]
        assert lesson.video_id is not None
        viewing = services.viewings.open(lesson.video_id, lesson.id, "", lesson.duration)
        viewing.player.start(0.0)
        qtbot.waitUntil(lambda: viewing.player.position > 2.0, timeout=20_000)
        viewing.close()
        assert 0 < (services.progress.watched("science-water") or 0) < 0.1
        rows = services.db.query("select lesson, viewer from progress_outbox where kind = 'watched'")
        assert [(row["lesson"], row["viewer"]) for row in rows] == [("science-water", "")]
        assert await services.sync.send_all()
        assert hub.store.db.query("select fraction from progress where kind = 'watched'")[0]["fraction"] > 0
    finally:
        await services.stop()
