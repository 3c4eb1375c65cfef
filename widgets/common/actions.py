"""Actions started from a screen that take a while (Anki's CollectionOp): one route for their failures.

An action runs on the asyncio loop; when it ends, its success callback gets the result, or its
failure callback the reason in the user's language (a ClassroomError's message). With no failure
callback the reason goes to show_failure, which shows it in the screen's window.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from media.errors import ClassroomError
from widgets.common.errors import show_failure

logger = logging.getLogger(__name__)

T = TypeVar("T")

_running: set[asyncio.Task[None]] = set()  # the loop keeps only weak references to tasks


def run_action(
    parent: QWidget,
    work: Awaitable[T],
    success: Callable[[T], None] | None = None,
    failure: Callable[[str], None] | None = None,
) -> asyncio.Task[None]:
    """Run work for the screen parent; then success(result), or failure(reason) for a ClassroomError.

    Must be run in the event loop.
    """

    async def act() -> None:
        try:
            result = await work
        except ClassroomError as e:
            logger.info("an action of %s failed: %s", type(parent).__name__, e)
            if failure is not None:
                failure(str(e))
            else:
                show_failure(parent, str(e))
        else:
            if success is not None:
                success(result)

    task = asyncio.ensure_future(act())
    _running.add(task)
    task.add_done_callback(_running.discard)
    return task
