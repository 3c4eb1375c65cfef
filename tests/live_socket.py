"""A raw live-lesson socket for tests: every message the hub sends is checked against its schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aiohttp

from hub.schema import validate


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
