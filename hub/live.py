"""The live-lesson socket: GET /api/v1/live upgraded to a WebSocket, one per connected client.

Only the start of signaling so far: a welcome naming the token's owner, and ping/pong so a client
can tell the socket works. Messages are JSON objects with a "type"; the live-lesson work adds
its types to HANDLERS. The hub's shutdown closes every open socket.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from hub.store import Enrolment

logger = logging.getLogger(__name__)

HEARTBEAT = 30.0
"""Seconds between the hub's WebSocket pings; a client silent for longer is dropped."""
SOCKETS: web.AppKey[set[web.WebSocketResponse]] = web.AppKey("live_sockets", set)

Message = dict[str, Any]
Handler = Callable[[web.WebSocketResponse, Enrolment, Message], Awaitable[None]]


async def pong(socket: web.WebSocketResponse, who: Enrolment, message: Message) -> None:
    await socket.send_json({"type": "pong"})


HANDLERS: dict[str, Handler] = {"ping": pong}
"""What the hub does with each type of message a client sends."""


def setup(app: web.Application) -> None:
    """Keep track of the app's live sockets and close them all when it shuts down."""
    app[SOCKETS] = set()
    app.on_shutdown.append(close_all)


async def serve(request: web.Request, who: Enrolment) -> web.WebSocketResponse:
    """Upgrade an authenticated request and serve the socket until either side closes it."""
    socket = web.WebSocketResponse(heartbeat=HEARTBEAT)
    await socket.prepare(request)
    sockets = request.app[SOCKETS]
    sockets.add(socket)
    logger.info("live socket open: %s (%s)", who.name, who.role)
    try:
        await socket.send_json({"type": "welcome", "name": who.name, "role": who.role})
        async for frame in socket:
            if frame.type is WSMsgType.TEXT:
                await _dispatch(socket, who, frame.data)
    finally:
        sockets.discard(socket)
        logger.info("live socket closed: %s", who.name)
    return socket


async def _dispatch(socket: web.WebSocketResponse, who: Enrolment, text: str) -> None:
    try:
        message = json.loads(text)
    except json.JSONDecodeError:
        message = None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        await socket.send_json({"type": "error", "message": 'Expected a JSON object with a "type".'})
        return
    handler = HANDLERS.get(message["type"])
    if handler is None:
        await socket.send_json({"type": "error", "message": f"Unknown message type {message['type']!r}."})
        return
    await handler(socket, who, message)


async def close_all(app: web.Application) -> None:
    for socket in list(app[SOCKETS]):
        await socket.close(code=WSCloseCode.GOING_AWAY, message=b"The hub is shutting down.")
