"""The embedded default: the demo hub as a child process on 127.0.0.1, with this PC enrolled to it.

The client never imports the hub: it runs `oo-hub demo-for-client` (beside the program in the one-folder
build, `python -m hub.cli` otherwise) and reads what the hub says on its standard output. Closing the
hub's standard input stops it, so it ends with the client, even a killed one.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.child_process import stop_child
from media.errors import ClassroomError

START_SECONDS = 60.0
"""How long the demo hub may take to listen."""


def hub_command() -> list[str]:
    """How to run oo-hub: the program beside this one in the one-folder build, else this Python."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).with_name("oo-hub"))]
    return [sys.executable, "-m", "hub.cli"]


@dataclass(frozen=True)
class DemoHub:
    """The demo hub with this PC enrolled to it twice: as the demo classroom and as its teacher."""

    url: str
    classroom_token: str
    teacher_token: str
    process: asyncio.subprocess.Process
    log: Path
    """The demo hub's own log."""

    async def lessons_ready(self, cataloged: Callable[[str], None]) -> int:
        """Wait until every demo lesson is cataloged; how many lessons were added.

        On the first start the hub catalogs each lesson once its video is rendered and says so: cataloged(lesson
        id) is called then, so its lesson can be listed while the others are still being rendered.
        """
        while True:
            try:
                said = await _next_line(self.process)
            except _Unreadable as e:
                raise ClassroomError(str(e)) from e
            if "lesson_ready" in said:
                cataloged(str(said["lesson_ready"]))
            elif "lessons_added" in said:
                return int(said["lessons_added"])
            else:
                raise ClassroomError(str(said.get("error", said)))

    async def stop(self) -> None:
        """Tell the hub to stop (its standard input ends) and wait for it; kill it if it does not stop."""
        await stop_child(self.process, "the demo hub")


class _Unreadable(Exception):
    """The demo hub's standard output ended, or said something other than a JSON object."""


async def start_demo_hub(data_dir: Path) -> DemoHub:
    """Start the demo hub over data_dir on a free loopback port; raises ClassroomError if it does not start."""
    log = data_dir / "hub.log"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as log_file:
            process = await asyncio.create_subprocess_exec(
                *hub_command(),
                "demo-for-client",
                "--data",
                str(data_dir),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log_file,
            )
    except OSError as e:
        raise ClassroomError(_failed(log, str(e))) from e
    try:
        said = await asyncio.wait_for(_next_line(process), START_SECONDS)
        return DemoHub(said["url"], said["classroom_token"], said["teacher_token"], process, log)
    except (TimeoutError, KeyError, _Unreadable) as e:
        await stop_child(process, "the demo hub")
        raise ClassroomError(_failed(log, str(e) or type(e).__name__)) from e


async def _next_line(process: asyncio.subprocess.Process) -> dict[str, Any]:
    assert process.stdout is not None
    line = await process.stdout.readline()
    if not line:
        raise _Unreadable(f"exit status {await process.wait()}")
    try:
        said = json.loads(line)
    except ValueError:
        said = None
    if not isinstance(said, dict):
        raise _Unreadable(line.decode(errors="replace").strip())
    return said


def _failed(log: Path, error: str) -> str:
    return QCoreApplication.translate(
        "main", "The demo hub could not start ({error}). Its log is {path}; the demo needs a writable data folder."
    ).format(error=error, path=log)
