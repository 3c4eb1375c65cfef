"""`oo-classroom`'s command line: reads it and the settings, then runs a console command (config, sync,
diagnostics, check-network) or hands a WindowCommand to the window opener it was given (widgets/main.py,
the program's entry point at the top of the layers, gives widgets.desktop's).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app import i18n
from app.config import APP_NAME, parse_value
from app.config_command import check as config_check
from app.config_command import example as config_example
from app.config_command import make_pin
from app.config_values import LANGUAGES
from app.demo_classroom import COMMAND as DEMO_CLASSROOM
from app.demo_classroom_run import main as demo_classroom_main
from app.diagnostics import write_bundle
from app.errors import ConfigError
from app.garbage import QtThreadGarbageCollector
from app.launch import LiveLaunch, WindowCommand, settings_mistakes
from app.logs import LOG_DIR, log_thread_crashes, setup_logging
from app.network.command import check_network_once
from app.settings import Settings, default_config_path, overrides_path
from app.sync_command import sync_once
from app.upload_command import upload_once


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="oo-classroom", description="O&O Classroom, the classroom client.")
    parser.add_argument(
        "--demo", action="store_true", help="run on a demo hub this program starts on 127.0.0.1, with demo lessons"
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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window, wait until it lists lessons, print how many and close (exit status 0,"
        " or 1 if none came); for checking an installation, with --demo for example",
    )
    live = parser.add_mutually_exclusive_group()
    live.add_argument(
        "--teach", action="store_true", help="start a live lesson once the window opens (its code is printed)"
    )
    live.add_argument("--join", metavar="CODE", help="join the live lesson with this code once the window opens")
    parser.add_argument("--code", metavar="CODE", help="with --teach: the lesson's code (default: a new one)")
    parser.add_argument(
        "--camera", metavar="INDEX|FILE", help="camera number or video file for this run (overrides [devices] camera)"
    )
    parser.add_argument("--microphone", metavar="NAME", help="microphone for this run (overrides [devices])")
    parser.add_argument("--speakers", metavar="NAME", help="speakers for this run (overrides [devices])")
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
        help="write a zip for the IT staff: logs, settings without"
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
    upload = commands.add_parser(
        "upload",
        help="upload a lesson video to the hub with this PC's (teacher or admin) token and print its upload id;"
        " run it again after a cut or a kill and it goes on where it stopped; exit status 0 when the hub has"
        " the whole file, 1 when it failed, 2 for a bad config file or no such file",
    )
    upload.add_argument("file", type=Path, metavar="FILE", help="the file to upload (a lesson video)")
    upload.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS, help="settings file")
    commands.add_parser(DEMO_CLASSROOM)  # the demo's second client (app.demo_classroom starts it): not listed
    config = commands.add_parser(
        "config", help="check a settings file, print an example with every key, or make the teacher/IT PIN's line"
    )
    config_commands = config.add_subparsers(dest="config_command", metavar="check FILE | example | pin", required=True)
    config_commands.add_parser(
        "check", help="validate a settings file; exit status 0 when good, 2 when not"
    ).add_argument("file", type=Path)
    config_commands.add_parser("example", help="print a commented settings file with every key")
    config_commands.add_parser(
        "pin",
        help="ask for the teacher/IT PIN twice (not shown) and print the [ui] pin_hash line to put in a settings"
        " file: a salted hash, never the PIN",
    )
    args = parser.parse_args(argv)
    if args.code is not None and not args.teach:
        parser.error("--code goes with --teach")
    try:
        args.devices = device_overrides(args.camera, args.microphone, args.speakers)
    except ValueError as e:
        parser.error(str(e))
    return args


def device_overrides(camera: str | None, microphone: str | None, speakers: str | None) -> dict[str, Any]:
    """[devices] values given on the command line, validated as the config file's; ValueError if one is wrong."""
    given: dict[str, Any] = {}
    if camera is not None:
        given["camera"] = parse_value("devices", "camera", int(camera) if camera.isdigit() else camera)
    for key, value in (("microphone", microphone), ("speakers", speakers)):
        if value is not None:
            given[key] = parse_value("devices", key, value)
    return given


def settings_for(path: Path | None) -> Settings:
    """The provisioned file (--config, else the default one if it exists) and this PC's own."""
    if path is None and default_config_path().exists():
        path = default_config_path()
    return Settings(path, overrides_path())


def main(argv: list[str] | None, open_window: Callable[[WindowCommand], int]) -> int:
    log_thread_crashes()
    args = parse_args(argv)
    if args.command == "config":
        console = QCoreApplication(sys.argv[:1])
        i18n.install(console, i18n.choose_language(args.lang or ""))
        if args.config_command == "example":
            print(config_example(), end="")
            return 0
        if args.config_command == "pin":
            return make_pin()
        return config_check(args.file)
    if args.command == DEMO_CLASSROOM:
        QCoreApplication(sys.argv[:1])
        return demo_classroom_main()
    settings = settings_for(getattr(args, "config", None))
    if args.command is None:
        live = LiveLaunch(teach=True, code=args.code) if args.teach else None
        live = LiveLaunch(teach=False, code=args.join) if args.join is not None else live
        return open_window(WindowCommand(settings, args.lang or "", args.demo, args.self_test, live, args.devices))
    app = QCoreApplication(sys.argv[:1])
    QtThreadGarbageCollector(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(version("oo-classroom"))
    i18n.install(app, i18n.choose_language(args.lang or ""))
    try:
        config = settings.load()
    except ConfigError as e:
        print(settings_mistakes(e), file=sys.stderr)
        return 2
    i18n.install(app, i18n.choose_language(args.lang or config.ui.language))
    if args.command == "diagnostics":
        print(write_bundle(config, config.storage.data_dir, LOG_DIR, args.output))
        return 0
    setup_logging()
    if args.command == "upload":
        return asyncio.run(upload_once(config, args.file))
    return asyncio.run(check_network_once(config) if args.command == "check-network" else sync_once(config))
