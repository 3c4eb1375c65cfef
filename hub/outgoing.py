"""A live socket's messages on their way out: a bounded queue and one task that sends them in order.

The hub never waits for one peer's socket while it serves the others: a message for a peer is queued
and its own task sends it. A peer that cannot keep up (its queue is full, or its socket takes longer
than a bound to take one message) is disconnected; its client comes back by itself, as after any drop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from hub import json_body

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Close:
    code: int
    reason: str


class Outgoing:
    """One live socket's sender. Must be used in the event loop."""

    def __init__(self, socket: web.WebSocketResponse, request: web.BaseRequest, size: int, seconds: float) -> None:
        self._socket = socket
        self._request = request
        self._seconds = seconds
        self._queue: asyncio.Queue[dict[str, Any] | _Close] = asyncio.Queue(size)
        self._closing = False
        self._task = asyncio.get_running_loop().create_task(self._send_all())

    def put(self, message: dict[str, Any]) -> None:
        """Queue a message; a peer whose queue is full is disconnected instead."""
        if self._closing or self._socket.closed:
            return
        try:
            self._queue.put_nowait(message)
        except asyncio.QueueFull:
            self._cut(f"{self._queue.maxsize} messages waiting for it")

    def close(self, code: int, reason: str) -> None:
        """Close the socket after the messages queued before (a refusal, "replaced")."""
        if self._closing or self._socket.closed:
            return
        self._closing = True
        try:
            self._queue.put_nowait(_Close(code, reason))
        except asyncio.QueueFull:
            self._cut(f"{self._queue.maxsize} messages waiting for it")

    async def stop(self) -> None:
        """The socket closed: let a close under way finish (within the bound), drop the rest."""
        if not self._closing:
            self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    async def _send_all(self) -> None:
        while True:
            item = await self._queue.get()
            try:
                async with asyncio.timeout(self._seconds):
                    if isinstance(item, _Close):
                        await self._socket.close(code=item.code, message=item.reason.encode())
                    else:
                        await self._socket.send_json(item, dumps=json_body.dumps)
            except TimeoutError:
                self._cut(f"one message not taken in {self._seconds:g} s")
                return
            except ConnectionError:
                return  # the socket broke: its handler sees it close
            except Exception:  # a message that cannot be sent is the hub's bug: log it, send the next
                logger.exception("live socket from %s: a message could not be sent", self._request.remote)
            if isinstance(item, _Close):
                return

    def _cut(self, why: str) -> None:
        """Disconnect at once: a close frame would wait behind what the peer does not read."""
        self._closing = True
        logger.warning("live socket from %s cut off, it does not keep up: %s", self._request.remote, why)
        transport = self._request.transport
        if transport is not None:
            with contextlib.suppress(RuntimeError):
                transport.abort()
