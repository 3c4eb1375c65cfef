"""Watching a downloaded lesson in the app: from the lesson list to the player and back."""

from __future__ import annotations

from pathlib import Path

import qasync

from hub.server import start_hub
from media.player import PlayerState
from tests.gui import close_window, open_window, run
from tests.waiting import until
from widgets.student.classroom_screen import ClassroomScreen


def test_watch_a_downloaded_lesson_and_continue_where_it_was_left(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        window, services = await open_window(tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"), "en")
        try:
            classroom = window.classroom
            assert isinstance(classroom, ClassroomScreen)
            classroom.lessons.table.selectRow(3)  # science (the times-tables practice, only a quiz, is row 2)
            assert not classroom.lessons.watch.isEnabled()  # nothing downloaded yet
            assert await services.library.download_pass()
            await until(classroom.lessons.watch.isEnabled)
            classroom.lessons.watch.click()
            assert classroom.currentWidget() is classroom.viewer_picker
            assert "Who is watching “水的循環（The Water Cycle）”?" == classroom.viewer_picker.heading.text()
            classroom.viewer_picker.picked.emit("林志明")
            page = classroom.player_page
            assert page is not None and classroom.currentWidget() is page
            await until(lambda: page.player.position > 1.0, timeout=20)
            page.player.seek(30.0)
            await until(lambda: page.player.position >= 30.0, timeout=20)
            classroom.close_player()  # back to the lessons: the position is kept
            assert classroom.currentWidget() is classroom.lessons and classroom.player_page is None
            classroom.lessons.watch.click()
            classroom.viewer_picker.picked.emit("")  # the whole class has not watched it yet
            page = classroom.player_page
            assert page is not None and not page.offer.isVisible()
            classroom.close_player()
            classroom.lessons.watch.click()
            classroom.viewer_picker.picked.emit("林志明")  # he continues where he stopped
            page = classroom.player_page
            assert page is not None and page.offer.isVisible()  # "Continue from 0:30?"
            await until(lambda: page.player.state is PlayerState.PAUSED, timeout=20)
            assert 29.0 <= page.player.position <= 35.0
            assert not services.library.remove(services.catalog.lessons[2].video_id or "")  # playing: kept
        finally:
            classroom.close_player()
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())
