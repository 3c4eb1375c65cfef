"""A live lesson's media on this PC: its devices and peer connections (LessonMedia) and the links over them,
the star's (app.live.links) or Janus's (app.live.sfu), as the hub's started or joined says."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import numpy as np

from app.live.links import Links
from app.live.room import Room
from app.live.sfu import SfuLinks
from media.lesson_media import LessonMedia, MediaChoice
from media.link_figures import LinkFigures
from media.peer import hub_ice_servers
from media.quality import Preset
from protocol.live.from_client import SendSignal
from protocol.live.from_hub import HubMessage, Joined, Muted, Relayed, Roster, StageChanged, Started
from protocol.live.parts import IceServer, Media


class MediaLinks:
    """The devices and links of one lesson for the teacher or a classroom. Must be used in the event loop.

    on_picture(peer, pixels) gets every picture received; on_link_changed(peer) whenever a link to
    peer was made, changed preset or died; on_problem(device, words) when a device (or the video
    server) cannot be used, with "" once it can.
    """

    def __init__(
        self,
        choice: MediaChoice,
        teacher: bool,
        send: Callable[[SendSignal], Awaitable[bool]],
        on_picture: Callable[[str, np.ndarray], None],
        on_link_changed: Callable[[str], None],
        on_problem: Callable[[str, str], None],
    ) -> None:
        self._teacher, self._send = teacher, send
        self._on_link_changed, self._on_problem = on_link_changed, on_problem
        self.media = LessonMedia(choice, on_picture, self._dead, on_link_changed, on_problem)
        self._links: Links | SfuLinks | None = None  # the star's or Janus's, as started/joined says

    def take(self, message: HubMessage, before: Room, room: Room) -> None:
        """What a hub message asks of the links and devices; before and room: the lesson's room before and after it."""
        match message:
            case Started() | Joined():
                self._take_servers(message.ice_servers)
                teacher = message.teacher.peer if isinstance(message, Joined) else None
                self._use(message.media, message.peer, teacher, before.stage)
            case Roster() if self._links is not None:
                self._links.roster({p.peer for p in message.peers if p.online})
            case Relayed() if self._links is not None:
                self._links.signal(message.sender, message.data)
        if isinstance(message, Started | Joined | StageChanged) and self._links is not None:
            self._links.stage(room.stage)
        if isinstance(message, Joined | Muted):
            self.media.set_muted(room.muted)

    def _take_servers(self, servers: tuple[IceServer, ...]) -> None:
        """The hub's TURN servers, with credentials fresh for this start or join, for the links built next."""
        self.media.hub_servers = tuple(hub_ice_servers([server.to_json() for server in servers]))

    def _use(self, media: Media, me: str, teacher: str | None, stage: str | None) -> None:
        """The links the hub's reply names: the star's (kept across reconnects) or Janus's (entered anew)."""
        if media.server == "janus":
            if not isinstance(self._links, SfuLinks):
                self._links = SfuLinks(self.media, self._teacher, lambda text: self._on_problem("video server", text))
            self._links.enter(media, me, teacher)
            self._links.stage(stage)
        elif self._links is None:
            self._links = Links(self.media, self._send, self._teacher)

    def link(self, peer: str) -> str:
        """The link to peer as the roster shows it: its preset's name, "connecting", or "" with none."""
        if peer not in self.media.links:
            return ""
        preset = self.media.preset(peer)
        return preset.name if self.media.picture_count(peer) and preset is not None else "connecting"

    def figures(self, peer: str) -> LinkFigures | None:
        return self.media.figures(peer)

    def override(self, peer: str) -> Preset | None:
        return self.media.override(peer)

    def set_override(self, peer: str, preset: Preset | None) -> None:
        self.media.set_override(peer, preset)

    async def close(self) -> None:
        if self._links is not None:
            await self._links.close()
            self._links = None
        await self.media.close()

    def _dead(self, peer: str) -> None:
        if self._links is not None:
            self._links.dead(peer)
        self._on_link_changed(peer)
