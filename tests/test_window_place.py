"""The main window opens where it was (if that fits today's screens), at a size that shows the lesson titles
whole, and Ctrl+Q quits while Ctrl+T takes the quiz."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub.server import start_hub
from tests.gui import close_window, open_window, run
from tests.test_launch import wait_for
from tests.waiting import until
from widgets.common.lesson_table import LessonTable
from widgets.placement import default_size

SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]}
"""A school laptop's screen for the offscreen platform (its own default screen is 800x800)."""


def whole_titles(table: LessonTable) -> bool:
    """Whether the title column is as wide as its longest title needs (nothing cut with "…")."""
    return table.columnWidth(0) >= table.sizeHintForColumn(0)


def open_and_close(tmp_path: Path) -> dict[str, object]:
    """Start the app on a 1366x768 screen, close it as the desktop does at log-out (SIGTERM), and return
    where it kept its window."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    school = tmp_path / "school.toml"
    school.write_text(f'[hub]\nurl = "http://127.0.0.1:9"\n[storage]\ndata_dir = "{tmp_path / "data"}"\n', "utf-8")
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    log = home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log"
    log.unlink(missing_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "widgets.main", "--config", str(school)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(log, "main window open", process)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    kept: dict[str, object] = json.loads((tmp_path / "data" / "window.json").read_text(encoding="utf-8"))
    return kept


def test_the_window_opens_where_it_was_if_that_still_fits(tmp_path: Path) -> None:
    first = open_and_close(tmp_path)
    assert (first["width"], first["height"]) == (1366 - 16, 768 - 48)  # the default, bounded by the screen
    put = {"x": 120, "y": 60, "width": 1000, "height": 680, "maximized": False}  # the teacher put it aside
    (tmp_path / "data" / "window.json").write_text(json.dumps(put), encoding="utf-8")
    assert open_and_close(tmp_path) == put  # opened there, and kept there again
    (tmp_path / "data" / "window.json").write_text(json.dumps({**put, "x": 1500}), encoding="utf-8")
    again = open_and_close(tmp_path)  # on a second screen that is not there today: the default instead
    assert (again["width"], again["height"]) == (first["width"], first["height"]) and again["x"] != 1500
    (tmp_path / "data" / "window.json").write_text("{not json", encoding="utf-8")
    assert open_and_close(tmp_path)["width"] == first["width"]


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_default_size_shows_the_demo_titles_whole_on_a_1366x768_screen(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, language: str
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
        window, services = await open_window(tmp_path, hub.url, token, language)
        try:
            window.resize(default_size(QSize(1366, 768 - 40)))  # a school laptop with a panel
            await services.library.download_pass()
            services.library.pin(services.catalog.lessons[0].video_id or "", True)  # the longest state
            for show, table in (
                (window.show_classroom, window.classroom.lessons.table),
                (window.show_teacher, window.teacher.table),
            ):
                show()
                await asyncio.sleep(0.1)  # layouts settle
                assert whole_titles(table), (show.__name__, table.columnWidth(0), table.sizeHintForColumn(0))
        finally:
            app.setStyleSheet("")
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_ctrl_q_quits_and_ctrl_t_takes_the_quiz(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "en")
        try:
            classroom = window.classroom
            qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: classroom.currentWidget() is classroom.quiz)
            assert window.isVisible()
            assert [a.text() for a in window.menuBar().actions()][0] == "&File"
            qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: not window.isVisible())
            assert (tmp_path / "window.json").exists()  # closed as by the window's own close
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())
