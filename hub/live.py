"""The live-lesson socket: GET /api/v1/live upgraded to a WebSocket, one per connected client.

Messages are JSON objects with a "type". The socket opens with a welcome naming the token's
owner; ping/pong lets a client tell the socket works; every other type is a lesson message
(hub/lesson_entry.py, hub/signaling.py), read as its protocol.live record (checked against its
schema in openapi.json) before it is acted on. A message
that is wrong in any way gets an error message and the socket stays open, except after a refused
join (a new try needs a new socket). A socket not in a lesson soon after it opened is closed, and
one whose peer does not read is cut off (hub/outgoing.py). The hub's shutdown closes every open
socket; the lessons stay (hub/lessons.py) for their peers to come back to.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import WSCloseCode, WSMsgType, web

from hub import json_body
from hub.client_address import client_address
from hub.lesson_entry import left
from hub.lessons import Connection, Lessons, Refused
from hub.outgoing import Outgoing
from hub.settings import HubServerSettings
from hub.signaling import ACTIONS, REFUSED, Action
from hub.store import ROLES, Enrolment, Store
from protocol.live.from_client import Ping
from protocol.live.from_hub import ErrorReply, Pong, Welcome
from protocol.live.wire import ProtocolError, from_client

logger = logging.getLogger(__name__)

HEARTBEAT = 30.0
"""Seconds between the hub's WebSocket pings; a client silent for longer is dropped."""
MAX_MESSAGE = 256 * 1024
"""Bytes in one message; a longer one closes the socket (1009, message too big). SDP is a few KiB."""
SOCKETS: web.AppKey[set[web.WebSocketResponse]] = web.AppKey("live_sockets", set)
LESSONS: web.AppKey[Lessons] = web.AppKey("live_lessons", Lessons)


async def pong(lessons: Lessons, connection: Connection, message: Ping) -> None:
    connection.send(Pong())


HANDLERS: dict[str, Action] = {"ping": Action(ROLES, pong), **ACTIONS}
"""What the hub does with each type of message a client sends."""


def setup(app: web.Application, store: Store, settings: HubServerSettings) -> None:
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
    limits = lessons.settings.limits
    sockets.add(socket)
    outgoing = Outgoing(socket, request, limits.send_queue, limits.send_seconds)
    connection = Connection(socket, who, outgoing, client_address(request, limits.trusted_proxies))
    idle = asyncio.get_running_loop().call_later(limits.join_seconds, _close_idle, connection, limits.join_seconds)
    logger.info("live socket open: %s (%s)", who.name, who.role)
    try:
        connection.send(Welcome(who.name, who.role))
        async for frame in socket:
            if frame.type is WSMsgType.TEXT:
                await _dispatch(lessons, connection, frame.data)
    finally:
        idle.cancel()
        sockets.discard(socket)
        try:
            left(lessons, connection)
        except Exception:
            logger.exception("live socket of %s: leaving its lesson failed", who.name)
        await outgoing.stop()
        logger.info("live socket closed: %s", who.name)
    return socket


def _close_idle(connection: Connection, seconds: int) -> None:
    if connection.lesson is None:
        connection.close(WSCloseCode.POLICY_VIOLATION, f"no lesson started or joined within {seconds} s")


async def _dispatch(lessons: Lessons, connection: Connection, text: str) -> None:
    try:
        message = json_body.loads(text)
    except json_body.BadJson as e:
        _error(connection, "bad-message", str(e))
        return
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        _error(connection, "bad-message", 'Expected a JSON object with a "type".')
        return
    action = HANDLERS.get(message["type"])
    if action is None:
        _error(connection, "unknown-type", f"Unknown message type {message['type'][:50]!r}.")
        return
    if connection.who.role not in action.roles:
        _error(connection, "not-allowed", f"A {connection.who.role} token cannot send {message['type']!r} messages.")
        return
    try:
        await action.run(lessons, connection, from_client(message))
    except ProtocolError as e:
        _error(connection, "bad-message", str(e))
    except Refused as e:
        _error(connection, e.code, str(e), e.retry_after)
        if e.close:
            connection.close(REFUSED, e.code)
    except Exception:
        logger.exception("live message %r from %s failed", message["type"], connection.who.name)
        _error(connection, "internal", "The hub hit an internal error; it is logged on the hub.")


def _error(connection: Connection, code: str, message: str, retry_after: int | None = None) -> None:
    lesson = connection.lesson.id if connection.lesson is not None else None
    connection.send(ErrorReply(code, message, lesson, retry_after))


async def close_janus(app: web.Application) -> None:
    rooms = app[LESSONS].janus
    if rooms is not None:
        await rooms.close()


async def close_all(app: web.Application) -> None:
    """Close every socket at once, each within the send bound: a peer that does not read holds up no one."""
    seconds = app[LESSONS].settings.limits.send_seconds
    going = [socket.close(code=WSCloseCode.GOING_AWAY, message=b"The hub is shutting down.") for socket in app[SOCKETS]]
    await asyncio.gather(*(asyncio.wait_for(close, seconds) for close in going), return_exceptions=True)
