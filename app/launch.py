"""What the command line asks of the window: the language, the demo, a self-test, a live lesson, devices.

app.main reads it from the command line; widgets.desktop opens the window it describes (through widgets.main).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.config import Config
from app.errors import ConfigError
from app.live.lesson import LessonState, LiveLesson
from app.settings import Settings

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

RESTART = -1
"""What the window returns when IT setup asked for a restart with new settings."""


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
    """Run on a demo hub beside this process."""
    self_test: bool = False
    """Close once the lesson list shows lessons; exit 0 if it did in time, else 1."""
    live: LiveLaunch | None = None
    """Start or join a live lesson once the window is open."""


@dataclass(frozen=True)
class WindowCommand:
    """The command line when it names no COMMAND: open the window."""

    settings: Settings
    """The provisioned file and this PC's own."""
    language: str = ""
    """--lang ("" for the config's, else the system's)."""
    demo: bool = False
    """--demo"""
    self_test: bool = False
    """--self-test"""
    live: LiveLaunch | None = None
    """--teach or --join"""
    devices: dict[str, Any] | None = None
    """[devices] values given on the command line, for this run only."""


def with_devices(config: Config, devices: dict[str, Any] | None) -> Config:
    """The config with the command line's devices in place of its own, for this run only."""
    return replace(config, devices=replace(config.devices, **devices)) if devices else config


def settings_mistakes(error: ConfigError) -> str:
    """What the user reads when the settings cannot be loaded."""
    return translate(
        "main", "The settings file has mistakes; nothing was changed. Fix them and start again:\n{problems}"
    ).format(problems=error)


def start_live(lesson: LiveLesson, live: LiveLaunch) -> None:
    """Start or join the lesson; its code goes to stdout once the hub gave it, and for the teacher each classroom
    that joins; its states go to the log.

    The live lesson page shows the same LiveLesson.
    """
    printed = False
    joined: set[str] = set()

    def state_changed() -> None:
        nonlocal printed
        if lesson.state is LessonState.LIVE and lesson.is_teacher and not printed:
            printed = True
            print(translate("main", "Live lesson code: {code}").format(code=lesson.code), flush=True)
        elif lesson.state in (LessonState.REFUSED, LessonState.ENDED) and lesson.reason:
            print(lesson.reason, file=sys.stderr, flush=True)

    def roster_changed() -> None:
        for entry in lesson.room.roster if lesson.is_teacher else ():
            if entry.online and entry.peer not in joined:
                joined.add(entry.peer)
                print(translate("main", "{name} joined the lesson.").format(name=entry.name), flush=True)

    def problems_changed() -> None:
        for problem in lesson.problems.values():
            logger.warning("%s", problem)

    lesson.state_changed.connect(state_changed)
    lesson.roster_changed.connect(roster_changed)
    lesson.problems_changed.connect(problems_changed)
    if live.teach:
        lesson.start(live.code)
    else:
        lesson.join(live.code or "")
