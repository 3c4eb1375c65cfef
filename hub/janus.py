"""A live lesson's VideoRoom on Janus (hub.toml [janus]): created at the start, destroyed at the end.

Only clients the hub admitted get in: each gets a token signed with Janus's token_auth_secret
that names the lesson's room and its peer, expires, and is added to the room's `allowed` list;
the room needs it to join and a publisher's private id to subscribe (require_pvtid). The room's
id and secret come from the lesson id and the admin key, so a restarted hub still commands the
rooms of the lessons that go on. A classroom's feed id comes from its peer id: the hub mutes it
at Janus (moderate) when the teacher mutes it, and again whenever it publishes anew.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from hub.settings import JanusServer
from protocol.janus_api import JanusError, JanusSession, sign_token

logger = logging.getLogger(__name__)

TOKEN_SECONDS = 12 * 3600
"""How long a client's Janus token is good for: longer than a lesson (each request checks it)."""
PUBLISHERS = 40
"""Publishers one room takes: the teacher and up to 39 classrooms."""
BITRATE = 512_000
"""The most a publisher's video may send (bits per second)."""


def room_id(lesson: str) -> int:
    """The lesson's room: 52 bits of its id (exact in any JSON reader)."""
    return int(lesson, 16) >> 12


def feed_id(peer: str) -> int:
    """The publisher id of a peer in its room (a peer id is 8 hex digits)."""
    return int(peer, 16) + 1


@dataclass
class Watcher:
    """The hub's own quiet participant in a room: it hears which feeds are published, with which mids."""

    session: JanusSession
    handle: int
    audio: dict[int, list[str]] = field(default_factory=dict)
    """Audio mids of each feed published."""


class JanusRooms:
    """The hub's rooms on one Janus. Must be used in the event loop; close() at the hub's shutdown."""

    def __init__(self, server: JanusServer) -> None:
        self.server = server
        self._http: aiohttp.ClientSession | None = None
        self._watchers: dict[str, Watcher] = {}
        self._muted: dict[str, set[int]] = {}
        """Per lesson, the feeds the teacher muted."""
        self._tasks: set[asyncio.Task[None]] = set()

    def _client(self) -> aiohttp.ClientSession:
        if self._http is None:
            self._http = aiohttp.ClientSession()
        return self._http

    def _secret(self, lesson: str) -> str:
        return hmac.new(self.server.admin_key.encode(), lesson.encode(), hashlib.sha256).hexdigest()[:32]

    @contextlib.asynccontextmanager
    async def _handle(self) -> AsyncIterator[tuple[JanusSession, int]]:
        token = sign_token(self.server.token_secret, 60, "hub")
        session = await JanusSession.open(self._client(), self.server.url, token, events=False)
        try:
            yield session, await session.attach()
        finally:
            await session.close()

    async def open(self, lesson: str) -> None:
        """Make sure the lesson's room is there (made now, or found after a restart of the hub), and watched.

        Raises JanusError."""
        room = room_id(lesson)
        body = {
            "request": "create",
            "admin_key": self.server.admin_key,
            "room": room,
            "description": f"O&O lesson {lesson}",
            "secret": self._secret(lesson),
            "is_private": True,
            "permanent": False,
            "publishers": PUBLISHERS,
            "bitrate": BITRATE,
            "fir_freq": 10,
            "audiocodec": "opus",
            "videocodec": "h264",
            "notify_joining": True,
            "require_pvtid": True,
            "allowed": [],
        }
        async with self._handle() as (session, handle):
            try:
                await session.request(handle, body)
                logger.info("Janus room %d made for lesson %s", room, lesson)
            except JanusError as e:
                if e.code != 427:  # the room exists: the hub restarted during the lesson
                    raise
                logger.debug("Janus room %d of lesson %s is there", room, lesson)
        watcher = self._watchers.get(lesson)
        if watcher is None or watcher.session.closed.is_set():
            await self._watch(lesson)

    async def admit(self, lesson: str, peer: str) -> dict[str, Any]:
        """A client's media object: a fresh token, allowed in the room; raises JanusError."""
        room = room_id(lesson)
        token = sign_token(self.server.token_secret, TOKEN_SECONDS, f"room={room}", f"peer={peer}")
        body = {"request": "allowed", "secret": self._secret(lesson), "room": room, "action": "add", "allowed": [token]}
        async with self._handle() as (session, handle):
            await session.request(handle, body)
            with contextlib.suppress(JanusError):  # its old feed, if Janus has not noticed it left
                await session.request(
                    handle, {"request": "kick", "secret": self._secret(lesson), "room": room, "id": feed_id(peer)}
                )
        url = self.server.client_url or self.server.url
        return {"server": "janus", "url": url, "room": room, "token": token, "feed": feed_id(peer), "display": peer}

    async def mute(self, lesson: str, peer: str, muted: bool) -> None:
        """Stop (or let through) a classroom's sound at Janus, now and whenever it publishes again."""
        feed = feed_id(peer)
        muted_feeds = self._muted.setdefault(lesson, set())
        (muted_feeds.add if muted else muted_feeds.discard)(feed)
        await self._moderate(lesson, feed, muted)

    async def close_room(self, lesson: str) -> None:
        """Destroy the lesson's room; Janus hangs up on everyone in it."""
        self._muted.pop(lesson, None)
        watcher = self._watchers.pop(lesson, None)
        if watcher is not None:
            await watcher.session.close()
        body = {"request": "destroy", "secret": self._secret(lesson), "room": room_id(lesson)}
        try:
            async with self._handle() as (session, handle):
                await session.request(handle, body)
            logger.info("Janus room %d of lesson %s destroyed", room_id(lesson), lesson)
        except JanusError as e:
            logger.warning("Janus room of lesson %s not destroyed: %s", lesson, e)

    async def close(self) -> None:
        """Stop watching the rooms (they stay for the lessons that go on) and close the HTTP client."""
        for watcher in self._watchers.values():
            await watcher.session.close()
        self._watchers.clear()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._http is not None:
            await self._http.close()

    async def _watch(self, lesson: str) -> None:
        """Join the room as a quiet participant that hears of every feed published (and its audio mids)."""
        room = room_id(lesson)
        old = self._watchers.pop(lesson, None)
        if old is not None:
            await old.session.close()
        token = sign_token(self.server.token_secret, TOKEN_SECONDS, f"room={room}", "hub")
        session = await JanusSession.open(self._client(), self.server.url, token)
        try:
            handle = await session.attach(lambda data, jsep: self._published(lesson, data))
            allow = {"request": "allowed", "secret": self._secret(lesson), "room": room, "action": "add"}
            await session.request(handle, {**allow, "allowed": [token]})
            watcher = Watcher(session, handle)
            self._watchers[lesson] = watcher
            joined, _ = await session.send(
                handle, {"request": "join", "ptype": "publisher", "room": room, "display": "hub", "token": token}
            )
        except JanusError:
            self._watchers.pop(lesson, None)
            await session.close()
            raise
        self._published(lesson, joined)

    def _published(self, lesson: str, data: dict[str, Any]) -> None:
        """A feed (re)published: note its audio mids; one the teacher muted is muted again at once."""
        watcher = self._watchers.get(lesson)
        if watcher is None:
            return
        for publisher in data.get("publishers", []):
            feed = publisher.get("id")
            watcher.audio[feed] = [s["mid"] for s in publisher.get("streams", []) if s.get("type") == "audio"]
            if feed in self._muted.get(lesson, ()):
                task = asyncio.create_task(self._moderate(lesson, feed, True), name="janus-moderate")
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _moderate(self, lesson: str, feed: int, muted: bool) -> None:
        watcher = self._watchers.get(lesson)
        if watcher is None:
            return
        for mid in watcher.audio.get(feed, []):
            body = {"request": "moderate", "secret": self._secret(lesson), "room": room_id(lesson), "id": feed}
            try:
                await watcher.session.request(watcher.handle, {**body, "mid": mid, "mute": muted})
                logger.info("lesson %s: feed %d's sound %s at Janus", lesson, feed, "muted" if muted else "unmuted")
            except JanusError as e:
                logger.warning("lesson %s: feed %d's sound not moderated at Janus: %s", lesson, feed, e)
