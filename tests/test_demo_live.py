"""A live lesson from the demo alone: the demo PC starts it with the demo teacher's token, and the demo classroom,
a second client process on the same hub, joins it with a drawn camera and a beep for its voice."""

from __future__ import annotations

import signal
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import qasync

from app.config import Config
from app.demo_classroom import DemoClassroom
from app.live.lesson import LessonState
from app.services import open_services
from app.settings import Settings
from hub.server import start_hub
from media.tone_track import PITCH
from tests.gui import run
from tests.null_sink import NullSink
from tests.test_launch import children, ended, start_demo
from tests.test_live_launch import line_with
from tests.test_main_window import colours
from tests.tone import tone_share
from tests.waiting import until
from widgets.window import build_window

DEMO_CLASSROOM, DEMO_TEACHER = "Demo classroom", "Demo teacher"


def test_the_demo_pc_starts_a_lesson_and_the_demo_classroom_joins_it_with_picture_and_sound(
    qloop: qasync.QEventLoop,
    hub_dir: Path,
    tmp_path: Path,
    camera_clip: Path,
    null_sink: NullSink,
    quiet_sink: NullSink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        config = replace(Config(), devices=replace(Config().devices, camera=str(camera_clip)))  # a classroom's PC
        classroom_token = hub.store.issue_token("classroom", DEMO_CLASSROOM)
        teacher_token = hub.store.issue_token("teacher", DEMO_TEACHER)
        services = open_services(config, tmp_path, hub.url, classroom_token, teacher_token)
        demo = DemoClassroom(services.live, hub.url, classroom_token, tmp_path / "classroom")
        window = build_window(services, Settings(None, tmp_path / "this-pc.toml"), tmp_path / "log", True, None, demo)
        window.show()
        window.show_live()
        page = window.live
        try:
            # the demo offers both ways in; Start teaches with the demo teacher's token
            assert page.currentWidget() is page.demo_view
            assert page.start_view.isVisible() and page.join_view.isVisible()
            page.start_view.start_button.click()
            await until(lambda: services.live.state is not LessonState.CONNECTING, 20)
            assert services.live.state is LessonState.LIVE, services.live.reason
            assert page.currentWidget() is page.teacher_view
            live = page.teacher_view
            assert live.code.text() == f"Code: {services.live.code}"

            # Add a demo classroom: a tile with its name and a moving picture, and its beep at the speakers
            button = live.demo_classroom
            assert button is not None and button.text() == "Add a demo classroom"
            button.click()
            assert not button.isEnabled() and button.text() == "Demo classroom added"
            await until(lambda: len(live.grid.tiles) == 1, 60, "the demo classroom in the grid")
            [tile] = live.grid.tiles.values()
            assert tile.name.text() == DEMO_CLASSROOM
            await until(lambda: not tile.video.image().isNull(), 30, "the demo classroom's picture")
            first = tile.video.image().copy()
            assert colours(tile.video.grab().toImage()) > 20, "the tile's picture looks blank"
            await until(lambda: tile.video.image() != first, 10, "the picture moves")
            start = time.monotonic()
            await until(lambda: time.monotonic() > start + 2, 5)
            heard = null_sink.samples(start, time.monotonic())
            assert tone_share(heard, PITCH) > 0.5 and np.sqrt(np.mean(heard**2)) > 0.01, "the beep is heard"

            # the lesson ends for everyone: the demo classroom's process ends with it
            await services.live.end()
            await until(lambda: not demo.running, 15, "the demo classroom gone")
            assert button.isEnabled()
        finally:
            window.close_now()
            await demo.stop()
            await services.stop()
            await hub.stop()

    monkeypatch.setenv("PULSE_SOURCE", f"{quiet_sink.name}.monitor")
    run(qloop, scenario())


def test_a_start_the_hub_refuses_says_it_could_not_start(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, camera_clip: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        config = replace(
            Config(),
            ui=replace(Config().ui, role="teacher"),
            devices=replace(Config().devices, camera=str(camera_clip)),
        )
        services = open_services(config, tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
        window = build_window(services, Settings(None, tmp_path / "this-pc.toml"), tmp_path / "log")
        window.show_live()
        page = window.live
        try:
            page.start_view.start_button.click()
            await until(lambda: services.live.state is LessonState.REFUSED, 20)
            assert page.currentWidget() is page.over_view
            assert page.over_view.heading.text() == "Could not start the lesson"
            assert "token cannot do that" in page.over_view.reason.text()
        finally:
            window.close_now()
            await services.stop()
            await hub.stop()

    run(qloop, scenario())


@pytest.mark.parametrize("end", ["closed", "killed"])
def test_dev_demo_teach_starts_a_lesson_that_the_demo_classroom_joins(
    demo_source: Path, tmp_path: Path, end: str
) -> None:
    home = tmp_path / "home"
    app = start_demo(home, demo_source, "--teach", "--lang", "en")
    try:
        line_with(app, "Live lesson code:", 120)
        line_with(app, f"{DEMO_CLASSROOM} joined the lesson.", 120)
        processes = children(app.pid)
        assert len(processes) == 2, "the demo hub and the demo classroom"
        if end == "closed":
            app.send_signal(signal.SIGTERM)
            assert app.wait(timeout=30) == 0
            assert "Traceback" not in app.stderr.read()  # type: ignore[union-attr]
        else:
            app.kill()
            app.wait(timeout=10)
        assert all(ended(pid, 15) for pid in processes), "the demo hub and the demo classroom end with the client"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    log = home / ".local" / "share" / "oo-classroom" / "demo" / "classroom" / "classroom.log"
    assert "Traceback" not in log.read_text(encoding="utf-8")
