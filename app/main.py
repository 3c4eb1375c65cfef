"""`oo-classroom`: the entry point. Builds the services and the main window on one asyncio loop
inside Qt's (qasync); the one module of app/ that knows the widgets, since it puts them together.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app import i18n
from app.config import APP_NAME, LANGUAGES, Config
from app.config_command import check as config_check
from app.config_command import example as config_example
from app.demo import prepare_demo_lessons, start_demo_hub
from app.diagnostics import write_bundle
from app.errors import ClassroomError, ConfigError
from app.first_run import keep, needs_guide
from app.garbage import QtThreadGarbageCollector
from app.lesson_list import LessonFilter, LessonTableModel
from app.logs import LOG_DIR, setup_logging
from app.network_command import check_network_once
from app.services import Services, open_services
from app.settings import Settings, default_config_path, overrides_path
from app.single_instance import SingleInstance
from app.sync_command import sync_once
from hub.server import RunningHub
from widgets.common.errors import show_error
from widgets.common.hub_status import HubStatus
from widgets.first_run_guide import FirstRunGuide
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


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="oo-classroom", description="O&O Classroom, the classroom client.")
    parser.add_argument(
        "--demo", action="store_true", help="run on a demo hub inside this program (127.0.0.1) with demo lessons"
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=f"settings file (TOML); default {default_config_path()} if it exists",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="language of the screens (default: the config's, else the system's)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('oo-classroom')}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sync = commands.add_parser(
        "sync",
        help="one pass of catalog, downloads and result upload, for a timer or cron job; exit status 0"
        " when all is done, 1 when something failed, 2 for a bad config file",
    )
    sync.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS, help="settings file (TOML)")
    diagnostics = commands.add_parser(
        "diagnostics",
        help="write a zip for the IT desk: logs, settings without"
        " secrets, devices, versions, the state of answers and videos",
    )
    diagnostics.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS, help="settings file")
    diagnostics.add_argument("--output", type=Path, default=Path.cwd(), help="zip file or folder (default: here)")
    check_network = commands.add_parser(
        "check-network",
        help="check the hub, download speed, the live lesson connection, STUN, TURN and UDP; print a table;"
        " exit status 0 when nothing failed, 1 when something did, 2 for a bad config file",
    )
    check_network.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS, help="settings file")
    config = commands.add_parser("config", help="check a settings file, or print an example with every key")
    config_commands = config.add_subparsers(dest="config_command", metavar="check FILE | example", required=True)
    config_commands.add_parser(
        "check", help="validate a settings file; exit status 0 when good, 2 when not"
    ).add_argument("file", type=Path)
    config_commands.add_parser("example", help="print a commented settings file with every key")
    return parser.parse_args(argv)


def settings_for(path: Path | None) -> Settings:
    """The provisioned file (--config, else the default one if it exists) and this PC's own."""
    if path is None and default_config_path().exists():
        path = default_config_path()
    return Settings(path, overrides_path())


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "config":
        QCoreApplication(sys.argv[:1])
        if args.config_command == "example":
            print(config_example(), end="")
            return 0
        return config_check(args.file)
    headless = args.command in ("sync", "diagnostics", "check-network")
    app = QCoreApplication(sys.argv[:1]) if headless else QApplication(sys.argv[:1])
    QtThreadGarbageCollector(app)  # the player's threads must never free a QObject
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(version("oo-classroom"))
    settings = settings_for(getattr(args, "config", None))
    guide = not headless and not args.demo and needs_guide(settings)
    loop: qasync.QEventLoop | None = None
    try:
        while True:
            i18n.install(app, i18n.choose_language(args.lang or ""))
            try:
                config = settings.load()
            except ConfigError as e:
                message = translate(
                    "main", "The settings file has mistakes; nothing was changed. Fix them and start again:\n{problems}"
                ).format(problems=e)
                print(message, file=sys.stderr)
                if not headless:
                    show_error(None, message)
                return 2
            language = i18n.choose_language(args.lang or config.ui.language)
            i18n.install(app, language)
            if args.command == "diagnostics":
                print(write_bundle(config, config.storage.data_dir, LOG_DIR, args.output))
                return 0
            if headless:
                setup_logging()
                return asyncio.run(check_network_once(config) if args.command == "check-network" else sync_once(config))
            assert isinstance(app, QApplication)
            if loop is None:
                app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
                app.setWindowIcon(QIcon(str(resources.files("resources").joinpath("icons", "oo-classroom.svg"))))
                app.setDesktopFileName(APP_NAME)  # the .desktop file's name: the dock shows its icon
                log_file = setup_logging()
                app.setQuitOnLastWindowClosed(False)  # the loop below ends the program, after cleaning up
                loop = qasync.QEventLoop(app)
                asyncio.set_event_loop(loop)
            app.setApplicationDisplayName(translate("main", "O&O Classroom"))
            if guide:
                guide = False
                settings = loop.run_until_complete(_guide(settings))
                continue  # start with what the guide kept
            code = loop.run_until_complete(run(app, config, settings, language, args.demo, log_file))
            if code != RESTART:
                return code
            logger.info("restarting with the new settings")
    finally:
        if loop is not None:
            loop.close()


def build_window(
    services: Services,
    settings: Settings,
    log_file: Path,
    language: str,
    demo: bool = False,
    on_restart: Callable[[], None] | None = None,
) -> MainWindow:
    """The main window with its three screens over the services; on_restart: IT setup asks for one."""
    model = LessonTableModel(services.catalog, services.library, language)
    classroom = ClassroomScreen(
        ClassroomPage(LessonFilter(model), services.library, services.sync, language),
        QuizPage(services.quizzes, services.catalog, language),
        services.viewings,
        services.catalog,
        language,
    )
    setup = SetupPage(services, settings, log_file, demo)
    if on_restart is not None:
        setup.form.restart_requested.connect(on_restart)
    window = MainWindow(
        HubStatus(services.catalog),
        classroom,
        TeacherPage(LessonFilter(model), services.results, language),
        setup,
        lambda: _interrupted(services),
    )
    if services.config.ui.role == "teacher":
        window.show_page(1)
    return window


def _interrupted(services: Services) -> str:
    """What closing the window now would interrupt, for the question before it closes."""
    if services.library.downloading:
        return translate(
            "main",
            "Lesson videos are downloading. They go on from where they stopped the next time O&O Classroom starts.",
        )
    return ""


async def run(app: QApplication, config: Config, settings: Settings, language: str, demo: bool, log_file: Path) -> int:
    """Show the main window until it is closed (or SIGINT/SIGTERM), then shut down cleanly.

    Returns RESTART when IT setup asked to start again with new settings.
    """
    data_dir = config.storage.data_dir / "demo" if demo else config.storage.data_dir
    instance = SingleInstance(data_dir)
    if not instance.claim():
        print(translate("main", "O&O Classroom is already open on this PC; its window was brought to the front."))
        logger.info("already open on %s: the running one was asked to show its window", data_dir)
        return 0
    try:
        return await _serve(app, config, settings, language, demo, log_file, data_dir, instance)
    finally:
        instance.release()


async def _serve(
    app: QApplication,
    config: Config,
    settings: Settings,
    language: str,
    demo: bool,
    log_file: Path,
    data_dir: Path,
    instance: SingleInstance,
) -> int:
    demo_hub = None
    if demo:
        try:
            demo_hub = await start_demo_hub(data_dir / "hub")
        except OSError as e:
            return _fail(translate("main", "Cannot start the demo hub: {error}").format(error=e))
    url = demo_hub.hub.url if demo_hub else config.hub.url
    token = demo_hub.classroom_token if demo_hub else config.hub.token
    try:
        services = open_services(config, data_dir, url, token, demo_hub.teacher_token if demo_hub else "")
    except ClassroomError as e:
        if demo_hub is not None:
            await demo_hub.hub.stop()
        return _fail(str(e))
    restart = False

    def restart_now() -> None:
        nonlocal restart
        restart = True
        window.close_now()

    window = build_window(services, settings, log_file, language, demo, restart_now)
    window.show()
    instance.knocked.connect(window.bring_forward)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, window.close_now)
    logger.info("main window open (%s, hub %s, data in %s)", language, url or "not set", data_dir)
    services.start()
    preparing = loop.create_task(_prepare_demo(demo_hub.hub, services, window, log_file)) if demo_hub else None
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
        await demo_hub.hub.stop()
    window.deleteLater()
    return RESTART if restart else 0


async def _guide(settings: Settings) -> Settings:
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


async def _prepare_demo(hub: RunningHub, services: Services, window: MainWindow, log_file: Path) -> None:
    window.statusBar().showMessage(
        translate("main", "Preparing the demo lessons (only on the first start; about a minute)…")
    )
    try:
        added = await prepare_demo_lessons(hub)
    except Exception:
        logger.exception("demo lessons could not be prepared")
        show_error(
            window,
            translate("main", "The demo lessons could not be made; see the log file {path}.").format(path=log_file),
        )
    else:
        logger.info("demo lessons ready (%d added)", added)
        services.catalog.refresh_soon()
    finally:
        window.statusBar().clearMessage()


if __name__ == "__main__":
    sys.exit(main())
