"""The lesson's links through Janus VideoRoom (docs/live-protocol.md, "Media"), behind the star's interface.

This PC publishes its camera and voice once, on a link keyed by its own peer id; the teacher
publishes at its link's best preset, a classroom at MEDIUM at most. It subscribes, one link per
feed keyed by the publisher's peer id: the teacher to every classroom's feed, a classroom to the
teacher's and to the on-stage classroom's. The hub's started/joined reply (re)enters the room and
everything is built anew (the hub put the old feed out). aiortc cannot restart ICE: a feed link
that dies is closed and subscribed again after RESUBSCRIBE_SECONDS; if this PC's own feed dies,
or Janus cannot be reached, it leaves the room and comes back after REJOIN_SECONDS.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any

import aiohttp

from app.live.links import after
from media.errors import MediaServerError
from media.janus_session import JanusRoom
from media.lesson_media import LessonMedia
from media.quality import MEDIUM
from protocol.live.parts import Media, SessionDescription

logger = logging.getLogger(__name__)

RESUBSCRIBE_SECONDS = 1.0
"""Pause before a feed whose link died is subscribed again."""
REJOIN_SECONDS = 3.0
"""Pause before this PC comes back into the room after its own feed died or Janus failed."""


class SfuLinks:
    """The links of one lesson through Janus. Must be used in the event loop.

    on_problem(message) says in plain words why the room cannot be used now ("" once it works).
    Work is done in order, one step at a time.
    """

    def __init__(self, media: LessonMedia, teacher: bool, on_problem: Callable[[str], None]) -> None:
        self._media = media
        self._teacher = teacher
        self._on_problem = on_problem
        self._http = aiohttp.ClientSession()
        self._room: JanusRoom | None = None
        self._entry = Media("janus")
        self._me = ""
        self._teacher_peer: str | None = None
        self._stage: str | None = None
        self._subscribed: dict[str, tuple[int, int]] = {}  # peer: (feed, handle)
        self._work: asyncio.Task[None] | None = None
        self._timers: set[asyncio.TimerHandle] = set()

    def enter(self, entry: Media, me: str, teacher: str | None) -> None:
        """The room, token and feed from the hub's started/joined; teacher: the teacher's peer id (classrooms)."""
        self._entry, self._me, self._teacher_peer = entry, me, teacher
        self._queue(self._rejoin())

    def roster(self, online: set[str]) -> None:
        """Nothing to do: the teacher follows the feeds Janus announces."""

    def signal(self, sender: str, data: SessionDescription) -> None:
        """Nothing to do: Janus's offers and answers come over its own API."""

    def stage(self, peer: str | None) -> None:
        """The classroom on stage: the classrooms receive its feed too."""
        self._stage = peer
        self._queue(self._follow())

    def dead(self, peer: str) -> None:
        """A link died: this PC's own feed brings it back into the room; another feed is subscribed again."""
        if peer == self._me:
            self._later(REJOIN_SECONDS, self._rejoin)
            return
        self._queue(self._unsubscribe(peer))
        self._later(RESUBSCRIBE_SECONDS, self._follow)

    async def close(self) -> None:
        for timer in self._timers:
            timer.cancel()
        if self._work is not None:
            self._work.cancel()
            await asyncio.gather(self._work, return_exceptions=True)
        await self._leave()
        await self._http.close()

    def _later(self, seconds: float, step: Callable[[], Coroutine[Any, Any, None]]) -> None:
        def run() -> None:
            self._timers.discard(timer)
            self._queue(step())

        timer = asyncio.get_running_loop().call_later(seconds, run)
        self._timers.add(timer)

    def _queue(self, step: Coroutine[Any, Any, None]) -> None:
        before = self._work
        self._work = asyncio.create_task(after(before, step, "live SFU step"), name="live-sfu")

    async def _leave(self) -> None:
        for peer in list(self._subscribed):
            await self._unsubscribe(peer)
        await self._media.drop(self._me)
        room, self._room = self._room, None
        if room is not None:
            await room.close()

    async def _rejoin(self) -> None:
        await self._leave()
        room = JanusRoom(self._http, self._entry.to_json(), on_feeds=lambda: self._queue(self._follow()))
        try:
            await room.join()
            self._room = room
            offer = await self._media.publish(self._me, cap=0 if self._teacher else MEDIUM.need)
            answer = await room.publish(offer)
            link = self._media.links.get(self._me)
            if link is not None:
                await link.peer.accept_answer(answer)
        except MediaServerError as e:
            logger.warning("live SFU: %s", e)
            self._on_problem(str(e))
            await self._leave()
            self._later(REJOIN_SECONDS, self._rejoin)
            return
        self._on_problem("")
        logger.info("in the lesson's Janus room %s as feed %s", self._entry.room, self._entry.feed)
        await self._follow()

    def _wanted(self) -> dict[str, int]:
        assert self._room is not None
        feeds = self._room.feeds
        if self._teacher:
            return dict(feeds)
        return {peer: feeds[peer] for peer in (self._teacher_peer, self._stage) if peer is not None and peer in feeds}

    async def _follow(self) -> None:
        """Subscribe to the feeds this PC needs now, and let go of the others."""
        if self._room is None:
            return
        wanted = self._wanted()
        for peer, (feed, _) in list(self._subscribed.items()):
            if wanted.get(peer) != feed or peer not in self._media.links:
                await self._unsubscribe(peer)
        for peer, feed in wanted.items():
            if peer in self._subscribed:
                continue
            try:
                handle = await self._room.subscribe(feed, partial(self._media.receive, peer))
            except MediaServerError as e:
                logger.warning("live SFU: the feed of %s: %s", peer, e)
                await self._media.drop(peer)
                self._later(RESUBSCRIBE_SECONDS, self._follow)
                continue
            self._subscribed[peer] = (feed, handle)

    async def _unsubscribe(self, peer: str) -> None:
        feed_handle = self._subscribed.pop(peer, None)
        await self._media.drop(peer)
        if feed_handle is not None and self._room is not None:
            await self._room.unsubscribe(feed_handle[1])
