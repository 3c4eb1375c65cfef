"""The desktop client's window: built over the services, shown until closed, then shut down.

The one place of app/ that knows the widgets, since it puts them together.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from app.config import Config
from app.demo_hub import DemoHub, start_demo_hub
from app.errors import ConfigError
from app.first_run import keep
from app.lesson_list import LessonFilter, LessonTableModel
from app.live.lesson import RUNNING, LessonState, LiveLesson
from app.services import Services, open_services
from app.settings import Settings
from app.single_instance import SingleInstance
from media.errors import ClassroomError
from widgets.common.errors import show_error
from widgets.common.hub_status import HubStatus
from widgets.first_run_guide import FirstRunGuide
from widgets.live.live_page import LivePage
from widgets.main_window import MainWindow
from widgets.setup.setup_page import SetupPage
from widgets.student.classroom_page import ClassroomPage
from widgets.student.classroom_screen import ClassroomScreen
from widgets.student.quiz_page import QuizPage
from widgets.teacher.teacher_page import TeacherPage

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

RESTART = -1
"""What run() returns when IT setup asked for a restart with new settings."""
LIVE_PAGE = 3
"""The main window's page of the live lesson."""
SELF_TEST_SECONDS = 300
"""How long --self-test waits for the lesson list (the demo renders its videos on a first start)."""


@dataclass(frozen=True)
class LiveLaunch:
    """A live lesson asked for on the command line (--teach [--code CODE] or --join CODE)."""

    teach: bool
    """Start the lesson as its teacher; else join it as a classroom."""
    code: str | None
    """The code to start with (None: a new one) or to join."""


@dataclass(frozen=True)
class Launch:
    """How the window was asked for."""

    language: str
    """"en" or "zh_TW"."""
    log_file: Path
    """Where the log goes (shown on IT setup)."""
    demo: bool = False
    """Run on a demo hub inside this process."""
    self_test: bool = False
    """Close once the lesson list shows lessons; exit 0 if it did within SELF_TEST_SECONDS, else 1."""
    live: LiveLaunch | None = None
    """Start or join a live lesson once the window is open."""


def build_window(
    services: Services,
    settings: Settings,
    log_file: Path,
    language: str,
    demo: bool = False,
    on_restart: Callable[[], None] | None = None,
) -> MainWindow:
    """The main window with its four screens over the services; on_restart: IT setup asks for one."""
    model = LessonTableModel(services.catalog, services.library, language)
    classroom = ClassroomScreen(
        ClassroomPage(LessonFilter(model), services.library, services.sync, language),
        QuizPage(services.quizzes, services.catalog, language),
        services.viewings,
        services.catalog,
        language,
    )
    setup = SetupPage(services, settings, log_file, demo, language)
    if on_restart is not None:
        setup.form.restart_requested.connect(on_restart)
    window = MainWindow(
        HubStatus(services.catalog),
        classroom,
        TeacherPage(LessonFilter(model), services.results, language),
        setup,
        LivePage(
            services.live,
            services.catalog,
            QuizPage(services.quizzes, services.catalog, language),
            language,
            services.config.ui.role == "teacher",
        ),
        lambda: _interrupted(services),
    )
    if services.config.ui.role == "teacher":
        window.show_page(1)
    return window


def _interrupted(services: Services) -> str:
    """What closing the window now would interrupt, for the question before it closes."""
    reasons = []
    if services.live.state in RUNNING:
        reasons.append(translate("main", "A live lesson is going on; closing leaves it (the others go on)."))
    if services.library.downloading:
        reasons.append(
            translate(
                "main",
                "Lesson videos are downloading. They go on from where they stopped the next time O&O Classroom starts.",
            )
        )
    return "\n\n".join(reasons)


async def run(app: QApplication, config: Config, settings: Settings, launch: Launch) -> int:
    """Show the main window until it is closed (or SIGINT/SIGTERM), then shut down cleanly.

    Returns RESTART when IT setup asked to start again with new settings.
    """
    data_dir = config.storage.data_dir / "demo" if launch.demo else config.storage.data_dir
    instance = SingleInstance(data_dir)
    if not instance.claim():
        print(translate("main", "O&O Classroom is already open on this PC; its window was brought to the front."))
        logger.info("already open on %s: the running one was asked to show its window", data_dir)
        return 0
    try:
        return await _serve(app, config, settings, launch, data_dir, instance)
    finally:
        instance.release()


async def _serve(
    app: QApplication, config: Config, settings: Settings, launch: Launch, data_dir: Path, instance: SingleInstance
) -> int:
    language, log_file = launch.language, launch.log_file
    demo_hub = None
    if launch.demo:
        try:
            demo_hub = await start_demo_hub(data_dir / "hub")
        except ClassroomError as e:
            return _fail(str(e))
    url = demo_hub.url if demo_hub else config.hub.url
    token = demo_hub.classroom_token if demo_hub else config.hub.token
    try:
        services = open_services(config, data_dir, url, token, demo_hub.teacher_token if demo_hub else "")
    except ClassroomError as e:
        if demo_hub is not None:
            await demo_hub.stop()
        return _fail(str(e))
    restart = False

    def restart_now() -> None:
        nonlocal restart
        restart = True
        window.close_now()

    window = build_window(services, settings, log_file, language, launch.demo, restart_now)
    window.show()
    instance.knocked.connect(window.bring_forward)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, window.close_now)
    logger.info("main window open (%s, hub %s, data in %s)", language, url or "not set", data_dir)
    services.start()
    if launch.live is not None:
        start_live(services.live, launch.live)
        window.show_page(LIVE_PAGE)
    preparing = loop.create_task(_prepare_demo(demo_hub, services, window)) if demo_hub else None
    checking = loop.create_task(_self_test(window)) if launch.self_test else None
    await closed.wait()
    app.lastWindowClosed.disconnect(closed.set)
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(number)
    logger.info("closing")
    classroom = window.pages.widget(0)
    if isinstance(classroom, ClassroomScreen):
        classroom.close_player()  # its threads and the sound device go first
    if preparing is not None:
        preparing.cancel()
    await services.stop()
    if demo_hub is not None:
        await demo_hub.stop()
    window.deleteLater()
    if checking is not None:
        return checking.result() if checking.done() else 1
    return RESTART if restart else 0


def start_live(lesson: LiveLesson, live: LiveLaunch) -> None:
    """Start or join the lesson; its code goes to stdout once the hub gave it, its states to the log.

    The live lesson page shows the same LiveLesson.
    """
    printed = False

    def state_changed() -> None:
        nonlocal printed
        if lesson.state is LessonState.LIVE and lesson.is_teacher and not printed:
            printed = True
            print(translate("main", "Live lesson code: {code}").format(code=lesson.code), flush=True)
        elif lesson.state in (LessonState.REFUSED, LessonState.ENDED) and lesson.reason:
            print(lesson.reason, file=sys.stderr, flush=True)

    lesson.state_changed.connect(state_changed)
    lesson.problems_changed.connect(lambda: [logger.warning("%s", p) for p in lesson.problems.values()])
    if live.teach:
        lesson.start(live.code)
    else:
        lesson.join(live.code or "")


async def _self_test(window: MainWindow) -> int:
    """Wait until the lesson list shows lessons, say how many, and close: 0 if it did, else 1."""
    classroom = window.pages.widget(0)
    assert isinstance(classroom, ClassroomScreen)
    lessons = classroom.lessons.table.model()
    for _ in range(SELF_TEST_SECONDS * 10):
        if lessons.rowCount():
            print(f"self-test: the main window lists {lessons.rowCount()} lessons", flush=True)
            window.close_now()
            return 0
        await asyncio.sleep(0.1)
    print(f"self-test: no lessons listed within {SELF_TEST_SECONDS} s", flush=True)
    window.close_now()
    return 1


async def guide(settings: Settings) -> Settings:
    """The first-start guide; the settings to start with (unchanged if it was closed)."""
    logger.info("first start on this PC: showing the guide")
    guide = FirstRunGuide()
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    guide.finished.connect(lambda result: done.done() or done.set_result(result))
    guide.show()
    if await done != QDialog.DialogCode.Accepted.value:
        logger.info("the guide was closed; IT setup has the same settings")
        return settings
    try:
        return keep(settings, guide.answers)
    except ConfigError as e:
        show_error(None, str(e))
        return settings


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    show_error(None, message)
    return 1


async def _prepare_demo(hub: DemoHub, services: Services, window: MainWindow) -> None:
    window.statusBar().showMessage(
        translate("main", "Preparing the demo lessons (only on the first start; about a minute)…")
    )
    try:
        added = await hub.lessons_ready()
    except ClassroomError:
        logger.exception("demo lessons could not be prepared")
        show_error(
            window,
            translate("main", "The demo lessons could not be made; see the log file {path}.").format(path=hub.log),
        )
    else:
        logger.info("demo lessons ready (%d added)", added)
        services.catalog.refresh_soon()
    finally:
        window.statusBar().clearMessage()
