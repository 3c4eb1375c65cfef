"""The desktop client's window: the Qt application, its style and loop, the first-run guide, then the
main window over the services, shown until closed, then shut down.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import i18n
from app.config import APP_NAME, Config
from app.demo_classroom import DemoClassroom
from app.demo_hub import DemoHub, start_demo_hub
from app.errors import ConfigError
from app.first_run import needs_guide
from app.garbage import QtThreadGarbageCollector
from app.launch import RESTART, Launch, WindowCommand, settings_mistakes, start_live, with_devices
from app.logs import setup_logging
from app.services import Services, open_services
from app.settings import Settings
from app.single_instance import SingleInstance
from media.errors import ClassroomError
from widgets.common.errors import show_error
from widgets.first_run_guide import guide
from widgets.main_window import MainWindow
from widgets.no_display import has_display, no_display_message
from widgets.self_test import self_test
from widgets.window import build_window

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)


def open_window(command: WindowCommand) -> int:
    """The window as the command line asked for it, until it is closed; the exit status.

    Opens it again with the new settings when IT setup asks for a restart.
    """
    if not has_display():
        i18n.install(QCoreApplication(sys.argv[:1]), i18n.choose_language(command.language))
        print(no_display_message(), file=sys.stderr)
        return 1
    app = QApplication(sys.argv[:1])
    QtThreadGarbageCollector(app)  # the player's threads must never free a QObject
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(version("oo-classroom"))
    settings = command.settings
    first_start = not command.demo and needs_guide(settings)
    loop: qasync.QEventLoop | None = None
    try:
        while True:
            i18n.install(app, i18n.choose_language(command.language))
            try:
                config = settings.load()
            except ConfigError as e:
                message = settings_mistakes(e)
                print(message, file=sys.stderr)
                show_error(None, message)
                return 2
            language = i18n.choose_language(command.language or config.ui.language)
            i18n.install(app, language)
            if loop is None:
                app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
                app.setWindowIcon(QIcon(str(resources.files("resources").joinpath("icons", "oo-classroom.svg"))))
                app.setDesktopFileName(APP_NAME)  # the .desktop file's name: the dock shows its icon
                log_file = setup_logging()
                app.setQuitOnLastWindowClosed(False)  # the loop below ends the program, after cleaning up
                loop = qasync.QEventLoop(app)
                asyncio.set_event_loop(loop)
            app.setApplicationDisplayName(translate("main", "O&O Classroom"))
            if first_start:
                first_start = False
                settings = loop.run_until_complete(guide(settings))
                continue  # start with what the guide kept
            launch = Launch(language, log_file, command.demo, command.self_test, command.live)
            code = loop.run_until_complete(run(app, with_devices(config, command.devices), settings, launch))
            if code != RESTART:
                return code
            logger.info("restarting with the new settings")
    finally:
        if loop is not None:
            loop.close()


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

    demo_classroom = (
        DemoClassroom(services.live, demo_hub.url, demo_hub.classroom_token, data_dir / "classroom")
        if demo_hub
        else None
    )
    window = build_window(services, settings, log_file, launch.demo, restart_now, demo_classroom)
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
        window.show_live()
        if demo_classroom is not None and launch.live.teach:
            demo_classroom.add()  # `--demo --teach`: a whole lesson on this PC at once
    preparing = loop.create_task(_prepare_demo(demo_hub, services, window)) if demo_hub else None
    checking = loop.create_task(self_test(window, preparing)) if launch.self_test else None
    await closed.wait()
    app.lastWindowClosed.disconnect(closed.set)
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(number)
    logger.info("closing")
    window.close_player()  # its threads and the sound device go first
    if preparing is not None:
        preparing.cancel()
    if demo_classroom is not None:
        await demo_classroom.stop()
    await services.stop()
    if demo_hub is not None:
        await demo_hub.stop()
    window.deleteLater()
    if checking is not None:
        return checking.result() if checking.done() else 1
    return RESTART if restart else 0


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    show_error(None, message)
    return 1


async def _prepare_demo(hub: DemoHub, services: Services, window: MainWindow) -> None:
    window.statusBar().showMessage(
        translate(
            "main", "Preparing the demo lessons (only on the first start): each is listed once its video is ready…"
        )
    )
    try:
        added = await hub.lessons_ready(lambda lesson_id: services.catalog.refresh_soon())
    except ClassroomError:
        logger.exception("demo lessons could not be prepared")
        show_error(
            window,
            translate("main", "The demo lessons could not be made; see the log file {path}.").format(path=hub.log),
        )
    else:
        logger.info("demo lessons ready (%d added)", added)
        await services.catalog.refresh()  # all of them listed once this is done (what --self-test waits for)
    finally:
        window.statusBar().clearMessage()
