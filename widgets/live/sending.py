"""A live lesson action started from a screen: what it sends reaches the hub, or the screen says why not."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.live.lesson import RUNNING, LiveLesson
from media.errors import ClassroomError
from widgets.common.actions import run_action

translate = QCoreApplication.translate


class NotSent(ClassroomError):
    """A live lesson action did not reach the hub (the socket is lost, or the lesson is over)."""


def send_live(
    parent: QWidget,
    lesson: LiveLesson,
    sending: Awaitable[bool],
    success: Callable[[], None] | None = None,
    failure: Callable[[str], None] | None = None,
) -> asyncio.Task[None]:
    """Run one of the lesson's sends (raise_hand, mute, …) as an action of parent: success() once the hub
    has it, else failure(reason), else the reason on parent's window. Must be run in the event loop.
    """

    async def send() -> None:
        if not await sending:
            raise NotSent(not_sent_reason(lesson))

    def sent(_: None) -> None:
        if success is not None:
            success()

    return run_action(parent, send(), sent, failure)


def not_sent_reason(lesson: LiveLesson) -> str:
    """Why nothing can be sent into the lesson now, in the user's language."""
    if lesson.state in RUNNING:
        return translate("LiveAction", "Not sent: the hub cannot be reached just now. Try again in a moment.")
    return translate("LiveAction", "Not sent: this live lesson is over.")
