"""Janus's JSON API over HTTP (the REST transport): a session, its plugin handles, requests and events.

Used by the hub (rooms, tokens, moderation) and by the client (media/janus_session.py: publish and
subscribe). Every request carries the token the hub signed (sign_token); Janus checks it on each
one. A plugin's synchronous requests (create, allowed, moderate, destroy) answer at once; the
asynchronous ones (join, publish, start) are acknowledged and answered by an event. Events come
from a long poll on the session (GET), which also keeps the session alive.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import itertools
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

VIDEOROOM = "janus.plugin.videoroom"
REQUEST_SECONDS = 10.0
"""How long a request, or the event answering it, may take."""
POLL_SECONDS = 30
"""Janus answers a long poll with nothing after this long (its own limit)."""

Message = dict[str, Any]
EventHandler = Callable[[Message, Message | None], None]
"""Called with (plugin data, JSEP or None) for each event of a handle that answers no request of ours,
and with ({"janus": "hangup" | "webrtcup" | ...}, None) for Janus's own events about the handle."""


class JanusError(Exception):
    """Janus refused a request or could not be reached: `code` is Janus's (0: no answer)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def sign_token(secret: str, seconds: int, *descriptors: str) -> str:
    """A token for janus.jcfg's token_auth_secret: "expiry,janus,janus.plugin.videoroom[,...]:HMAC-SHA1"."""
    data = ",".join([str(int(time.time()) + seconds), "janus", VIDEOROOM, *descriptors])
    signature = hmac.new(secret.encode(), data.encode(), hashlib.sha1).digest()
    return f"{data}:{base64.b64encode(signature).decode()}"


def _plugin_error(data: Message) -> JanusError | None:
    if "error_code" in data:
        return JanusError(int(data["error_code"]), f"Janus VideoRoom: {data.get('error', 'refused')}")
    return None


class JanusSession:
    """One Janus session and its handles. Must be used in the event loop; close() ends it."""

    def __init__(self, http: aiohttp.ClientSession, url: str, token: str) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.id = 0
        self._http = http
        self._transactions = (f"t{n}-{secrets.token_hex(4)}" for n in itertools.count())
        self._waiting: dict[str, asyncio.Future[tuple[Message, Message | None]]] = {}
        self._handlers: dict[int, EventHandler] = {}
        self._poller: asyncio.Task[None] | None = None
        self.closed = asyncio.Event()
        """Set once the session is gone: closed here, or Janus unreachable or forgetting it."""

    @classmethod
    async def open(cls, http: aiohttp.ClientSession, url: str, token: str, events: bool = True) -> JanusSession:
        """A new session; with events, its long poll runs until close()."""
        session = cls(http, url, token)
        reply = await session._post(session.url, {"janus": "create"})
        session.id = int(reply["data"]["id"])
        if events:
            session._poller = asyncio.create_task(session._poll(), name=f"janus-poll-{session.id}")
        return session

    async def attach(self, on_event: EventHandler = lambda data, jsep: None) -> int:
        """A new handle on the VideoRoom plugin; its events that answer no request go to on_event."""
        reply = await self._post(f"{self.url}/{self.id}", {"janus": "attach", "plugin": VIDEOROOM})
        handle = int(reply["data"]["id"])
        self._handlers[handle] = on_event
        return handle

    async def request(self, handle: int, body: Message) -> Message:
        """A synchronous plugin request: its answer's data (an error answer raises JanusError)."""
        reply = await self._post(f"{self.url}/{self.id}/{handle}", {"janus": "message", "body": body})
        data = reply.get("plugindata", {}).get("data", {})
        error = _plugin_error(data)
        if error is not None:
            raise error
        return dict(data)

    async def send(self, handle: int, body: Message, jsep: Message | None = None) -> tuple[Message, Message | None]:
        """An asynchronous plugin request: the event answering it, (data, JSEP or None)."""
        assert self._poller is not None, "open the session with events=True"
        transaction = next(self._transactions)
        answer = asyncio.get_running_loop().create_future()
        self._waiting[transaction] = answer
        message: Message = {"janus": "message", "body": body}
        if jsep is not None:
            message["jsep"] = jsep
        try:
            await self._post(f"{self.url}/{self.id}/{handle}", message, transaction)
            async with asyncio.timeout(REQUEST_SECONDS):
                data, answer_jsep = await answer
        except TimeoutError as e:
            raise JanusError(0, f"Janus did not answer {body.get('request')!r} within {REQUEST_SECONDS:.0f} s.") from e
        finally:
            self._waiting.pop(transaction, None)
        error = _plugin_error(data)
        if error is not None:
            raise error
        return data, answer_jsep

    async def detach(self, handle: int) -> None:
        """Hang up and drop the handle (its peer connection and its place in the room)."""
        self._handlers.pop(handle, None)
        with contextlib.suppress(JanusError):
            await self._post(f"{self.url}/{self.id}/{handle}", {"janus": "detach"})

    async def close(self) -> None:
        """Destroy the session at Janus (if it still answers) and stop polling."""
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
        if self.id and not self.closed.is_set():
            with contextlib.suppress(JanusError):
                await self._post(f"{self.url}/{self.id}", {"janus": "destroy"})
        self.closed.set()

    async def _post(self, url: str, message: Message, transaction: str | None = None) -> Message:
        message = {**message, "transaction": transaction or next(self._transactions), "token": self.token}
        try:
            async with asyncio.timeout(REQUEST_SECONDS):
                async with self._http.post(url, json=message) as response:
                    reply = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as e:
            raise JanusError(0, f"Janus at {self.url} did not answer ({e or type(e).__name__}).") from e
        if reply.get("janus") == "error":
            error = reply.get("error", {})
            raise JanusError(int(error.get("code", 0)), f"Janus: {error.get('reason', 'refused')}")
        return dict(reply)

    async def _poll(self) -> None:
        url = f"{self.url}/{self.id}"
        try:
            while True:
                params = {"maxev": "10", "token": self.token, "rid": str(time.time_ns())}
                try:
                    async with asyncio.timeout(POLL_SECONDS + REQUEST_SECONDS):
                        async with self._http.get(url, params=params) as response:
                            reply = await response.json(content_type=None)
                except (aiohttp.ClientError, TimeoutError, ValueError) as e:
                    logger.warning("Janus session %s: the long poll failed (%s)", self.id, e or type(e).__name__)
                    return
                for event in reply if isinstance(reply, list) else [reply]:
                    if event.get("janus") == "error":
                        logger.warning("Janus session %s is gone: %s", self.id, event.get("error"))
                        return
                    self._dispatch(event)
        finally:
            self.closed.set()

    def _dispatch(self, event: Message) -> None:
        kind = event.get("janus")
        if kind == "keepalive":
            return
        handle = int(event.get("sender", 0))
        if kind == "event":
            data, jsep = event.get("plugindata", {}).get("data", {}), event.get("jsep")
            waiting = self._waiting.get(event.get("transaction", ""))
            if waiting is not None and not waiting.done():
                waiting.set_result((data, jsep))
                return
            handler = self._handlers.get(handle)
            if handler is not None:
                handler(data, jsep)
        elif handle in self._handlers:
            self._handlers[handle]({"janus": kind, **{k: v for k, v in event.items() if k not in ("janus",)}}, None)
