"""`oo-classroom demo-classroom`: the demo classroom's own process (app.demo_classroom starts it), without a window.

It reads one JSON line on standard input (the demo hub's url, the classroom's token, the lesson's code and its
data folder), joins that lesson with a drawn classroom for its camera (media.demo_camera) and a beep for its
voice (media.tone_track), and ends when the lesson ends for it (exit status 0; 1 if the hub refused it) or
when its standard input ends, or at SIGINT or SIGTERM (0). It logs to standard error, which its parent keeps in a file.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from app.hub_client import HubClient
from app.live.lesson import LessonState, LiveLesson
from app.logs import LOG_FORMAT
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from media.database import open_database
from media.demo_camera import demo_camera
from media.lesson_media import MediaChoice
from protocol.stdin_end import when_stdin_ends

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Instructions:
    """What the parent asks the demo classroom to join."""

    url: str
    """The demo hub."""
    token: str
    """The demo classroom's token."""
    code: str
    """The lesson's code."""
    folder: Path
    """The demo classroom's data folder."""

    @staticmethod
    def read(line: str) -> Instructions:
        """The instructions in a JSON line; ValueError if it is not one."""
        said = json.loads(line)
        fields = ("url", "token", "code", "folder")
        if not isinstance(said, dict) or not all(isinstance(said.get(name), str) for name in fields):
            raise ValueError(f"expected a JSON object with the strings {', '.join(fields)}: {line!r}")
        return Instructions(said["url"], said["token"], said["code"], Path(said["folder"]))


def main() -> int:
    """Read the instructions and run until the lesson or standard input ends; the exit status."""
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format=LOG_FORMAT)
    try:
        instructions = Instructions.read(sys.stdin.readline())
    except ValueError as e:
        logger.error("%s", e)
        return 2
    return asyncio.run(join(instructions))


async def join(what: Instructions) -> int:
    """Join the lesson and stay until it ends for this PC, or standard input ends. Must be run in the event loop."""
    stopping = asyncio.Event()
    unwatch = when_stdin_ends(stopping.set)
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):  # Ctrl+C in the terminal reaches the whole process group
        loop.add_signal_handler(number, stopping.set)
    camera = demo_camera(what.folder)
    db = open_database(what.folder / "classroom.db", durable=True)
    client = HubClient(what.url, what.token)
    lesson = LiveLesson(client, db, Quizzes(QuizStore(db), lambda: None), MediaChoice(str(camera), demo_classroom=True))

    def changed() -> None:
        if lesson.state in (LessonState.ENDED, LessonState.REFUSED):
            stopping.set()

    lesson.state_changed.connect(changed)
    try:
        lesson.join(what.code)
        await stopping.wait()
    finally:
        unwatch()
        await lesson.close()
        await client.close()
        db.close()
    if lesson.state is LessonState.REFUSED:
        logger.error("the hub did not let the demo classroom in: %s", lesson.reason)
        return 1
    return 0
