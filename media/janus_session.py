"""This client's place in a live lesson's Janus VideoRoom: publish its camera and voice, subscribe to feeds.

The hub's started/joined reply gives the room, a token and the feed id and display name to join
with (docs/live-protocol.md, "media"). The client joins as a publisher (that is also how it hears
which feeds are published: Janus tells every participant), publishes one offer of its own
(aiortc gathers every candidate first, so there is no trickle), and subscribes to each feed it
wants on a handle of its own: Janus offers, the client answers. A feed is named by its display,
the publisher's peer id in the lesson.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from PySide6.QtCore import QCoreApplication

from media.errors import MediaServerError
from protocol.janus_api import JanusError, JanusSession

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

Description = dict[str, str]


def plain(error: JanusError) -> MediaServerError:
    """A Janus refusal in words a teacher or IT staff can act on."""
    if error.code == 0:
        message = translate("live", "The lesson's video server does not answer; check the network. ({error})")
    elif error.code == 403:
        message = translate(
            "live", "The lesson's video server refused this PC's pass (expired or not from the hub); join again."
        )
    elif error.code == 433:
        message = translate("live", "The lesson's video server did not let this PC into the lesson; join again.")
    elif error.code == 426:
        message = translate("live", "The lesson's video room is gone: the lesson has ended.")
    else:
        message = translate("live", "The lesson's video server refused: {error}")
    return MediaServerError(message.format(error=error))


class JanusRoom:
    """One client in the lesson's VideoRoom. Must be used in the event loop; close() leaves it.

    on_feeds() is called whenever the published feeds (self.feeds) change. A link Janus hangs up
    dies like any link (media/peer.py notices): the owner closes the room and joins anew.
    """

    def __init__(
        self,
        http: aiohttp.ClientSession,
        media: dict[str, Any],
        on_feeds: Callable[[], None] = lambda: None,
    ) -> None:
        self.media = media
        self.feeds: dict[str, int] = {}
        """Published feeds in the room by display (peer id), this client's own left out."""
        self._http = http
        self._on_feeds = on_feeds
        self._session: JanusSession | None = None
        self._publisher = 0
        self._private_id = 0

    async def join(self) -> None:
        """Enter the room (not publishing yet); raises MediaServerError."""
        try:
            self._session = await JanusSession.open(self._http, self.media["url"], self.media["token"])
            self._publisher = await self._session.attach(self._event)
            body = {
                "request": "join",
                "ptype": "publisher",
                "room": self.media["room"],
                "id": self.media["feed"],
                "display": self.media["display"],
                "token": self.media["token"],
            }
            joined, _ = await self._session.send(self._publisher, body)
        except JanusError as e:
            await self.close()
            raise plain(e) from e
        self._private_id = int(joined["private_id"])
        self._event(joined, None)

    async def publish(self, offer: Description) -> Description:
        """Send this offer (sending only) as this client's feed; Janus's answer. Raises MediaServerError."""
        assert self._session is not None, "join first"
        try:
            _, answer = await self._session.send(self._publisher, {"request": "publish"}, offer)
        except JanusError as e:
            raise plain(e) from e
        if answer is None:
            raise MediaServerError(translate("live", "The lesson's video server sent no answer to this camera."))
        return {"type": answer["type"], "sdp": answer["sdp"]}

    async def subscribe(self, feed: int, answer: Callable[[Description], Awaitable[Description]]) -> int:
        """Receive a feed on a new handle: answer(offer) gives the reply to Janus's offer; returns the handle."""
        assert self._session is not None, "join first"
        body = {
            "request": "join",
            "ptype": "subscriber",
            "room": self.media["room"],
            "private_id": self._private_id,
            "streams": [{"feed": feed}],
        }
        try:
            handle = await self._session.attach()  # its events answer our requests
            _, offer = await self._session.send(handle, body)
            if offer is None:
                raise JanusError(0, "no offer for the feed")
            reply = await answer({"type": offer["type"], "sdp": offer["sdp"]})
            await self._session.send(handle, {"request": "start"}, reply)
        except JanusError as e:
            raise plain(e) from e
        return handle

    async def unsubscribe(self, handle: int) -> None:
        if self._session is not None:
            await self._session.detach(handle)

    async def close(self) -> None:
        """Leave the room: Janus hangs up every link of this client."""
        session, self._session = self._session, None
        if session is None:
            return
        if self._publisher and not session.closed.is_set():
            with contextlib.suppress(JanusError):  # out of the room now, so its feed id is free again at once
                await session.send(self._publisher, {"request": "leave"})
        await session.close()

    def _event(self, data: dict[str, Any], jsep: dict[str, Any] | None) -> None:
        changed = False
        for publisher in data.get("publishers", []):
            display = publisher.get("display", "")
            if display and display != self.media["display"]:
                self.feeds[display] = int(publisher["id"])
                changed = True
        for key in ("unpublished", "leaving"):
            gone = data.get(key)
            if isinstance(gone, int):
                for display, feed in list(self.feeds.items()):
                    if feed == gone:
                        del self.feeds[display]
                        changed = True
        if changed:
            self._on_feeds()
