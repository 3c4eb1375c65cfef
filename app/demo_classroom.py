"""The demo classroom: a second client on the demo hub that joins this PC's live lesson, so one PC shows a
whole lesson (the teacher sees its picture, a drawn classroom, and hears its voice, a beep each second).

It is this program again, as `oo-classroom demo-classroom` (app.demo_classroom_run): without a window, over
a data folder of its own, so the main window's single-instance lock stays the main window's. It reads what to
join on its standard input and ends when the lesson ends for it, or, like the demo hub, when its standard
input does: when this client stops it, or ends, even killed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.child_process import stop_child
from app.live.lesson import LessonState, LiveLesson

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

COMMAND = "demo-classroom"


def client_command() -> list[str]:
    """How to run this program again: itself in the one-folder build, else its entry point in this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "widgets.main"]


class DemoClassroom(QObject):
    """Joins the demo classroom to the lesson this PC teaches (add), and ends it with that lesson (stop).

    url and token: the demo hub and its classroom token; folder: the demo classroom's data folder and its
    log (classroom.log). Must be used in the event loop.
    """

    running_changed = Signal()
    failed = Signal(str)
    """The demo classroom stopped before its lesson ended: why, in the user's language."""

    def __init__(self, lesson: LiveLesson, url: str, token: str, folder: Path) -> None:
        super().__init__()
        self._lesson, self._url, self._token, self._folder = lesson, url, token, folder
        self._wanted = False
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        lesson.state_changed.connect(self._lesson_changed)

    @property
    def running(self) -> bool:
        """Asked for, or its process still runs."""
        return self._wanted or self._task is not None

    @property
    def log(self) -> Path:
        return self._folder / "classroom.log"

    def add(self) -> None:
        """The demo classroom joins this PC's lesson: now if it runs, else as soon as it does."""
        if self.running:
            return
        self._wanted = True
        self.running_changed.emit()
        self._lesson_changed()

    async def stop(self) -> None:
        """The demo classroom leaves and its process ends; returns once it has."""
        self._wanted = False
        self._stopping.set()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    def _lesson_changed(self) -> None:
        lesson = self._lesson
        if lesson.state is LessonState.LIVE and lesson.is_teacher and self._wanted and self._task is None:
            self._stopping.clear()
            self._task = asyncio.get_running_loop().create_task(self._run(lesson.code or ""), name="demo-classroom")
        elif lesson.state in (LessonState.ENDED, LessonState.REFUSED) and self.running:
            self._wanted = False
            self._stopping.set()  # over for this PC: the demo classroom goes too
            self.running_changed.emit()

    async def _run(self, code: str) -> None:
        what = json.dumps({"url": self._url, "token": self._token, "code": code, "folder": str(self._folder)})
        problem = ""
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            with self.log.open("ab") as log:
                process = await asyncio.create_subprocess_exec(
                    *client_command(),
                    COMMAND,
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.DEVNULL,
                    stderr=log,
                )
        except OSError as e:
            problem = str(e)
        else:
            logger.info("demo classroom started (process %d) to join %s", process.pid, code)
            try:
                assert process.stdin is not None
                process.stdin.write(what.encode() + b"\n")
                exited = asyncio.ensure_future(process.wait())
                told = asyncio.ensure_future(self._stopping.wait())
                await asyncio.wait((exited, told), return_when=asyncio.FIRST_COMPLETED)
                for waiting in (exited, told):
                    waiting.cancel()
            finally:
                await stop_child(process, "the demo classroom")
            logger.info("demo classroom ended with status %s", process.returncode)
            if process.returncode and not self._stopping.is_set():
                problem = translate("live", "exit status {status}").format(status=process.returncode)
        finally:
            self._task = None
            self._wanted = False
            self.running_changed.emit()
        if problem:
            self.failed.emit(
                translate("live", "The demo classroom stopped ({problem}). Its log is {path}.").format(
                    problem=problem, path=self.log
                )
            )
