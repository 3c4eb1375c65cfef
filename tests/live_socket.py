"""A raw live-lesson socket for tests: every message the hub sends is checked against its schema."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from protocol.schema import validate


class LiveSocket:
    """One client's socket, read one message at a time."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket

    async def send(self, message: Any) -> None:
        await self.socket.send_json(message)

    async def next(self) -> dict[str, Any]:
        message = await self.socket.receive_json(timeout=5)
        validate(message, "LiveFromHub")
        return message

    async def expect(self, kind: str, where: Callable[[dict[str, Any]], bool] | None = None) -> dict[str, Any]:
        """The next message of this type (for which where() holds), passing over others."""
        for _ in range(50):
            message = await self.next()
            if message["type"] == kind and (where is None or where(message)):
                return message
        raise AssertionError(f"no {kind!r} message")

    async def error(self, message: Any) -> dict[str, Any]:
        """Send a message that must be refused; returns the error."""
        await self.send(message)
        return await self.expect("error")

    async def nothing_pending(self) -> None:
        """Nothing else was sent to this socket: a ping's pong is the very next message."""
        await self.send({"type": "ping"})
        assert await self.next() == {"type": "pong"}


Open = Callable[[str], Awaitable[LiveSocket]]
"""Opens a live socket with this token on the test's hub (the connect fixture) once its welcome came."""


async def teach(connect: Open, token: str, **start: Any) -> tuple[LiveSocket, dict[str, Any]]:
    """A teacher's socket that started a lesson, and its started message."""
    teacher = await connect(token)
    await teacher.send({"type": "start", **start})
    started = await teacher.next()
    assert started["type"] == "started", started
    return teacher, started


async def come_in(connect: Open, token: str, code: str) -> tuple[LiveSocket, dict[str, Any]]:
    """A classroom's socket that joined the lesson with this code, and its joined message."""
    classroom = await connect(token)
    await classroom.send({"type": "join", "code": code})
    joined = await classroom.next()
    assert joined["type"] == "joined", joined
    return classroom, joined
