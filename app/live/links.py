"""Who offers, and when the lesson's links are built again (docs/live-protocol.md, "Links").

The teacher always offers; a classroom answers every offer with a new link that replaces its old
one. The teacher offers to every classroom the roster shows online without a link: when it joins,
when it comes back after its socket dropped (the roster showed it offline, which closed its link),
and when the teacher's own socket comes back and the link was never made. A link that dies
(Peer.on_dead) is closed on both sides; the teacher offers again after REOFFER_SECONDS while the
classroom is online, and the classroom waits for that offer.

One negotiation per link at a time: the teacher offers only to a classroom it has no link to, so a
roster that comes while a link is being built (a click during a rebuild) asks for nothing more; the
link being built is the one wanted. Each offer carries an offer_id the answer gives back, and an
answer whose offer_id is not that of the link's offer is passed over, never applied to a newer link.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from media.lesson_media import LessonMedia
from media.peer import Description
from protocol.live.from_client import SendSignal
from protocol.live.parts import SessionDescription

logger = logging.getLogger(__name__)

REOFFER_SECONDS = 1.0
"""Pause before the teacher offers again on a link that died."""
ANSWER_SECONDS = 15.0
"""An offer not answered this long is taken as lost, and its link as dead."""


class Links:
    """The links of one lesson over LessonMedia, driven by hub messages. Must be used in the event loop.

    send(message) sends a signal through the hub (False when it could not be sent). Work for one peer is done
    in order, one step at a time.
    """

    def __init__(self, media: LessonMedia, send: Callable[[SendSignal], Awaitable[bool]], teacher: bool) -> None:
        self._media = media
        self._send = send
        self._teacher = teacher
        self._online: set[str] = set()
        self._offering: set[str] = set()
        self._offer_ids: dict[str, str] = {}  # peer: the offer_id of the offer its link was made from
        self._work: dict[str, asyncio.Task[None]] = {}
        self._timers: set[asyncio.TimerHandle] = set()

    def roster(self, online: set[str]) -> None:
        """The teacher's side: the classrooms online now."""
        back = online - self._online
        for peer in self._online - online:
            self._queue(peer, self._media.drop(peer))
        self._online = set(online)
        for peer in online:
            if peer not in self._offering and (peer in back or peer not in self._media.links):
                self._offering.add(peer)
                self._queue(peer, self._offer(peer))

    def signal(self, sender: str, data: SessionDescription) -> None:
        """An offer (for a classroom) or answer (for the teacher) relayed by the hub."""
        if data.type == "offer" and not self._teacher:
            self._queue(sender, self._answer(sender, data))
        elif data.type == "answer" and self._teacher:
            self._queue(sender, self._take_answer(sender, data))

    def stage(self, peer: str | None) -> None:
        """The classroom on stage: the teacher relays its voice to the others."""
        if self._teacher:
            self._media.set_stage(peer)

    def dead(self, peer: str) -> None:
        """A link died: close it; the teacher offers again while the classroom is online."""
        self._queue(peer, self._media.drop(peer))
        if self._teacher:
            self._queue(peer, self._reoffer(peer))

    async def close(self) -> None:
        for timer in self._timers:
            timer.cancel()
        for task in list(self._work.values()):
            task.cancel()
        await asyncio.gather(*self._work.values(), return_exceptions=True)
        self._work.clear()

    def _queue(self, peer: str, step: Coroutine[Any, Any, None]) -> None:
        before = self._work.get(peer)
        task = asyncio.create_task(after(before, step, "live link step"), name=f"live-link-{peer}")
        self._work[peer] = task
        task.add_done_callback(lambda done: self._work.get(peer) is done and self._work.pop(peer))

    async def _offer(self, peer: str) -> None:
        self._offering.discard(peer)
        if peer not in self._online or peer in self._media.links:
            return  # a link there (answered or not) is the one wanted: never two offers in flight
        offer_id = secrets.token_hex(8)
        offer = await self._media.offer(peer)
        self._offer_ids[peer] = offer_id
        logger.info("offering a link to %s (offer %s)", peer, offer_id)
        if not await self._send(SendSignal(peer, SessionDescription(offer["type"], offer["sdp"], offer_id))):
            await self._media.drop(peer)  # offered again when the roster shows it online
            return
        link = self._media.links.get(peer)

        def unanswered() -> None:
            self._timers.discard(timer)
            if (
                link is not None
                and self._media.links.get(peer) is link
                and link.peer.pc.signalingState == "have-local-offer"
            ):
                logger.warning("no answer from %s to the offer", peer)
                self.dead(peer)

        timer = asyncio.get_running_loop().call_later(ANSWER_SECONDS, unanswered)
        self._timers.add(timer)

    async def _reoffer(self, peer: str) -> None:
        await asyncio.sleep(REOFFER_SECONDS)
        await self._offer(peer)

    async def _take_answer(self, peer: str, answer: SessionDescription) -> None:
        offer_id = answer.offer_id
        if (
            offer_id is None
            or offer_id != self._offer_ids.get(peer)
            or not await self._media.take_answer(peer, description(answer))
        ):
            logger.info("an answer from %s to an older offer (%s): passed over", peer, offer_id)

    async def _answer(self, peer: str, offer: SessionDescription) -> None:
        answer = await self._media.answer(peer, description(offer))
        logger.info("answering the teacher's offer %s", offer.offer_id)
        await self._send(SendSignal(peer, SessionDescription(answer["type"], answer["sdp"], offer.offer_id)))


def description(data: SessionDescription) -> Description:
    """The session description in a signal's data, without the offer_id beside it."""
    return {"type": data.type, "sdp": data.sdp}


async def after(before: asyncio.Task[None] | None, step: Coroutine[Any, Any, None], what: str) -> None:
    """Run step once before has finished (however it ended); a failure is logged as what, not raised."""
    try:
        if before is not None:
            await asyncio.gather(before, return_exceptions=True)
        await step
    except asyncio.CancelledError:
        step.close()
        raise
    except Exception:
        logger.exception("%s failed", what)
