"""Screenshots of the main window's screens, online and offline, and of a live lesson, in English and zh_TW.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--scale 2] [HUB_DATA_DIR]

Writes docs/screenshots/*.png; with --scale 2 (or 1.5), the screens at 200% (150%) as
docs/screenshots/scale-200/*.png. HUB_DATA_DIR defaults to a demo hub rendered into a temporary
folder (about 20 s); pass an existing demo hub folder to reuse its videos.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ARGS = sys.argv[1:]
SCALE = ARGS[ARGS.index("--scale") + 1] if "--scale" in ARGS else ""
if SCALE:
    os.environ["QT_SCALE_FACTOR"] = SCALE  # read when the QApplication is made
    del ARGS[ARGS.index("--scale") : ARGS.index("--scale") + 2]

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import i18n  # noqa: E402
from app.config import Config, DeviceSettings, UiSettings  # noqa: E402
from app.live.lesson import LessonState  # noqa: E402
from app.quizzes import QuizStore  # noqa: E402
from app.services import Services, open_services  # noqa: E402
from app.settings import Settings  # noqa: E402
from hub.demo import DEMO_CLASSROOM, DEMO_TEACHER, register_demo, render_demo_videos  # noqa: E402
from hub.server import RunningHub, start_hub  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.setup.setup_page import SetupPage  # noqa: E402
from widgets.teacher.teacher_page import TeacherPage  # noqa: E402
from widgets.window import build_window  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
if SCALE:
    OUT = OUT / f"scale-{round(float(SCALE) * 100)}"
SCALED = {"classroom", "quiz-question", "teacher", "setup-settings", "setup-devices"}
"""The screens shot again at --scale: one of each kind, to check the layouts hold."""


@dataclass(frozen=True)
class DemoHub:
    """The demo hub, in this process (a tool may hold both sides), with the demo PC's two tokens."""

    hub: RunningHub
    classroom_token: str
    teacher_token: str


async def snap(window: MainWindow, name: str) -> None:
    if SCALE and name.rsplit("-", 1)[0] not in SCALED:
        return
    await asyncio.sleep(0.1)
    window.grab().save(str(OUT / name))
    print(OUT / name)


async def shoot_language(demo: DemoHub, work: Path, language: str) -> None:
    """Every screen of one language: lessons, library, player, a quiz from start to end, results, setup, offline."""
    camera = str(demo.hub.store.videos_dir / "science-water.mp4")  # a lesson video played as the camera
    config = replace(Config(), devices=DeviceSettings(camera=camera))
    services = open_services(config, work / language, demo.hub.url, demo.classroom_token, demo.teacher_token)
    await services.catalog.refresh()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    classroom = window.classroom
    await snap(window, f"classroom-{language}.png")
    await services.library.download_pass()
    services.library.pin(services.catalog.lessons[0].video["id"], True)
    classroom.lessons.table.selectRow(0)
    await snap(window, f"library-{language}.png")
    classroom.lessons.table.selectRow(2)
    classroom.lessons.watch.click()
    await snap(window, f"watch-who-{language}.png")
    classroom.viewer_picker.picked.emit("")
    page = classroom.player_page
    assert page is not None
    for _ in range(100):  # a few seconds of the science lesson
        if page.player.position > 12:
            break
        await asyncio.sleep(0.2)
    await snap(window, f"player-{language}.png")
    classroom.close_player()
    classroom.lessons.table.selectRow(0)  # the English lesson's quiz: in English in every language
    classroom.lessons.take_quiz.click()
    classroom.quiz.picker.picked.emit(services.catalog.roster[1])
    await snap(window, f"quiz-english-{language}.png")
    classroom.quiz.closed.emit()
    classroom.lessons.table.selectRow(1)  # the fractions lesson: a picture and a time limit
    classroom.lessons.take_quiz.click()
    await snap(window, f"quiz-pick-{language}.png")
    classroom.quiz.picker.picked.emit(services.catalog.roster[0])
    await snap(window, f"quiz-question-{language}.png")
    session = classroom.quiz.session
    assert session is not None
    session.submit(4)
    await snap(window, f"quiz-true-false-{language}.png")
    session.submit(True)
    session.submit("b")
    await snap(window, f"quiz-summary-{language}.png")
    store = QuizStore(services.db)  # a name pasted twice over, before the box kept only what the hub takes
    pasted = store.start(services.catalog.lessons[0].quiz, "Chen Yi-Jun 陳怡君, grade 3, Lanyu Elementary; " * 3)
    store.answer(pasted, "q3", "apple")
    await services.sync.send_all()  # the hub refuses that one answer: IT setup lists it
    window.show_teacher()
    teacher = window.teacher
    assert isinstance(teacher, TeacherPage)
    teacher.table.selectRow(1)
    await snap(window, f"teacher-{language}.png")
    teacher.tabs.setCurrentWidget(teacher.results)
    await asyncio.sleep(0.5)
    await snap(window, f"results-{language}.png")
    window.show_setup()
    await snap(window, f"setup-{language}.png")
    setup = window.setup
    assert isinstance(setup, SetupPage)
    setup.tabs.setCurrentWidget(setup.form.parentWidget().parentWidget())  # the scroll area's
    await snap(window, f"setup-settings-{language}.png")
    setup.tabs.setCurrentWidget(setup.devices.parentWidget())
    await asyncio.sleep(3)  # the preview and its figures
    await snap(window, f"setup-devices-{language}.png")
    setup.tabs.setCurrentWidget(setup.network)
    await services.network.run()
    await snap(window, f"setup-network-{language}.png")
    setup.tabs.setCurrentWidget(setup.set_aside)
    await snap(window, f"setup-refused-{language}.png")
    window.close_now()
    await services.stop()

    # the next morning the link is down: the PC shows what it had, and what waits to be sent
    offline = open_services(Config(), work / language, "http://127.0.0.1:9", demo.classroom_token)
    store = QuizStore(offline.db)
    store.answer(store.start(services.catalog.lessons[0].quiz, "林志明"), "q1", "b")
    offline.sync.answer_queued()
    await offline.catalog.refresh()
    await offline.sync.send_all()
    window = build_window(offline, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    await snap(window, f"offline-{language}.png")
    window.close_now()
    await offline.stop()


async def waited(condition: Callable[[], bool], seconds: float = 30) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise RuntimeError("the live lesson did not get there in time")


async def live_pc(
    demo: DemoHub, work: Path, language: str, role: str, name: str, video: str
) -> tuple[MainWindow, Services]:
    """A PC of the live lesson, its camera one of the demo's lesson videos, its window on the live page."""
    camera = str(demo.hub.store.videos_dir / video)
    config = replace(Config(), ui=UiSettings(role=role), devices=DeviceSettings(camera=camera))
    services = open_services(config, work / name, demo.hub.url, demo.hub.store.issue_token(role, name))
    await services.catalog.refresh()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.resize(1366, 768)
    window.show()
    window.show_live()
    return window, services


async def shoot_live(demo: DemoHub, work: Path, language: str) -> None:
    """A live lesson: the teacher with two classrooms (one hand up, a chat line), and a classroom's view."""
    pcs = [
        await live_pc(demo, work / language, language, "teacher", "Ms. Lin 林老師", "science-water.mp4"),
        await live_pc(demo, work / language, language, "classroom", "Lanyu 3", "math-fractions.mp4"),
        await live_pc(demo, work / language, language, "classroom", "Green Island 5", "english-fruit.mp4"),
    ]
    (teacher, teaching), (lanyu, in_lanyu), (_, in_green) = pcs
    page = lanyu.live
    await snap(teacher, f"live-start-{language}.png")
    teaching.live.start()
    await waited(lambda: teaching.live.state is LessonState.LIVE)
    page.join_view.code.setText(teaching.live.code or "")
    await snap(lanyu, f"live-join-{language}.png")
    page.join_view.join()
    in_green.live.join(teaching.live.code or "")
    await waited(lambda: all(pc.live.state is LessonState.LIVE for _, pc in pcs))
    grid = teacher.live.teacher_view.grid
    await waited(lambda: len(grid.tiles) == 2 and all(not t.video.image().isNull() for t in grid.tiles.values()))
    await waited(lambda: not page.classroom_view.teacher.image().isNull())
    await in_green.live.raise_hand()
    await in_lanyu.live.send_chat("老師好！We can see and hear you.")
    await teaching.live.send_chat("Good morning, everyone!")
    await asyncio.sleep(2)  # the links settle on their presets
    await snap(teacher, f"live-teacher-{language}.png")
    await snap(lanyu, f"live-classroom-{language}.png")
    await teaching.live.end()
    for window, services in pcs:
        window.close_now()
        await services.stop()


async def shoot(app: QApplication, hub_dir: Path, work: Path) -> None:
    hub = await start_hub(hub_dir)
    await asyncio.get_running_loop().run_in_executor(None, render_demo_videos, hub.store.videos_dir)
    register_demo(hub.store)
    demo = DemoHub(
        hub, hub.store.issue_token("classroom", DEMO_CLASSROOM), hub.store.issue_token("teacher", DEMO_TEACHER)
    )
    try:
        for language in ("en", "zh_TW"):
            i18n.install(app, language)
            await shoot_language(demo, work, language)
            await shoot_live(demo, work, language)
    finally:
        await demo.hub.stop()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as work:
        hub_dir = Path(ARGS[0]) if ARGS else Path(work) / "hub"
        try:
            loop.run_until_complete(shoot(app, hub_dir, Path(work)))
        finally:
            loop.close()  # joins the worker threads before Qt goes away


if __name__ == "__main__":
    main()
