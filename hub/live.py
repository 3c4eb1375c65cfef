"""The live-lesson socket: GET /api/v1/live upgraded to a WebSocket, one per connected client.

Messages are JSON objects with a "type". The socket opens with a welcome naming the token's
owner; ping/pong lets a client tell the socket works; every other type is a lesson message
(hub/signaling.py), checked against its schema in openapi.json before it is acted on. A message
that is wrong in any way gets an error message and the socket stays open. The hub's shutdown
closes every open socket; the lessons stay (hub/lessons.py) for their peers to come back to.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from hub.lessons import Connection, Lessons, Refused
from hub.schema import SchemaError, validate
from hub.settings import HubSettings
from hub.signaling import ACTIONS, Action, left
from hub.store import ROLES, Enrolment, Store

logger = logging.getLogger(__name__)

HEARTBEAT = 30.0
"""Seconds between the hub's WebSocket pings; a client silent for longer is dropped."""
MAX_MESSAGE = 256 * 1024
"""Bytes in one message; a longer one closes the socket (1009, message too big). SDP is a few KiB."""
SOCKETS: web.AppKey[set[web.WebSocketResponse]] = web.AppKey("live_sockets", set)
LESSONS: web.AppKey[Lessons] = web.AppKey("live_lessons", Lessons)


async def pong(lessons: Lessons, connection: Connection, message: dict[str, Any]) -> None:
    await connection.send({"type": "pong"})


HANDLERS: dict[str, Action] = {"ping": Action("LivePing", ROLES, pong), **ACTIONS}
"""What the hub does with each type of message a client sends."""


def setup(app: web.Application, store: Store, settings: HubSettings) -> None:
    """Keep the live lessons and track the app's live sockets, closing them all when it shuts down."""
    app[SOCKETS] = set()
    app[LESSONS] = Lessons(store, settings)
    app.on_shutdown.append(close_all)
    app.on_cleanup.append(close_janus)


async def serve(request: web.Request, who: Enrolment) -> web.WebSocketResponse:
    """Upgrade an authenticated request and serve the socket until either side closes it."""
    socket = web.WebSocketResponse(heartbeat=HEARTBEAT, max_msg_size=MAX_MESSAGE)
    await socket.prepare(request)
    sockets, lessons = request.app[SOCKETS], request.app[LESSONS]
    sockets.add(socket)
    connection = Connection(socket, who)
    logger.info("live socket open: %s (%s)", who.name, who.role)
    try:
        await connection.send({"type": "welcome", "name": who.name, "role": who.role})
        async for frame in socket:
            if frame.type is WSMsgType.TEXT:
                await _dispatch(lessons, connection, frame.data)
    finally:
        sockets.discard(socket)
        try:
            await left(lessons, connection)
        except Exception:
            logger.exception("live socket of %s: leaving its lesson failed", who.name)
        if connection.closing is not None:
            await connection.closing
        logger.info("live socket closed: %s", who.name)
    return socket


async def _dispatch(lessons: Lessons, connection: Connection, text: str) -> None:
    try:
        message = json.loads(text)
    except json.JSONDecodeError:
        message = None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        await _error(connection, "bad-message", 'Expected a JSON object with a "type".')
        return
    action = HANDLERS.get(message["type"])
    if action is None:
        await _error(connection, "unknown-type", f"Unknown message type {message['type'][:50]!r}.")
        return
    if connection.who.role not in action.roles:
        await _error(
            connection, "not-allowed", f"A {connection.who.role} token cannot send {message['type']!r} messages."
        )
        return
    try:
        validate(message, action.schema)
        await action.run(lessons, connection, message)
    except SchemaError as e:
        await _error(connection, "bad-message", f"{message['type']}: {e}")
    except Refused as e:
        await _error(connection, e.code, str(e))
    except Exception:
        logger.exception("live message %r from %s failed", message["type"], connection.who.name)
        await _error(connection, "internal", "The hub hit an internal error; it is logged on the hub.")


async def _error(connection: Connection, code: str, message: str) -> None:
    body = {"type": "error", "code": code, "message": message}
    if connection.lesson is not None:
        body["lesson"] = connection.lesson.id
    await connection.send(body)


async def close_janus(app: web.Application) -> None:
    rooms = app[LESSONS].janus
    if rooms is not None:
        await rooms.close()


async def close_all(app: web.Application) -> None:
    for socket in list(app[SOCKETS]):
        await socket.close(code=WSCloseCode.GOING_AWAY, message=b"The hub is shutting down.")
