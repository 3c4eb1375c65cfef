"""The media of one live lesson on this PC: its camera, microphone and speakers, and one Peer per link.

The teacher's PC has a link to every classroom (the star); a classroom's PC has one, to the
teacher. Every link gets its own camera track (CameraFeed.track()) and its own MediaRelay proxy
of the one microphone, because closing a peer connection stops the tracks it sent. On the
teacher's side each classroom's voice is relayed too: once into the speakers, and onto the stage
line of every other link while that classroom is on stage. Every remote audio track is read, heard
or not (aiortc's receive queue has no bound).

A device that cannot be used is a problem said in plain words, never the end of the lesson: no
camera sends a plain picture, no microphone sends no voice, no speakers only reads the sound.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from aiortc import MediaStreamTrack, RTCIceServer
from aiortc.contrib.media import MediaRelay
from PySide6.QtCore import QCoreApplication

from media.camera_track import CameraFeed
from media.errors import DeviceUnavailable
from media.lesson_link import Link
from media.link_figures import LinkFigures
from media.microphone_track import MicrophoneTrack
from media.peer import Description, Peer
from media.quality import Adapter, Preset
from media.sound_drain import SoundDrain
from media.sound_sink import SoundSink
from media.stage_track import StageTrack
from media.tone_track import ToneTrack

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class MediaChoice:
    """The devices and network settings a lesson's media uses."""

    camera: int | str
    """Camera number or a video file played as a camera."""
    microphone: str | None = None
    """Input device name; None for the system default."""
    speakers: str | None = None
    """Output device name; None for the system default."""
    servers: tuple[RTCIceServer, ...] = ()
    """STUN and TURN servers."""
    cap: int = 0
    """Bits per second each link may send ([network] live_cap); 0 for no cap."""
    demo_classroom: bool = False
    """The demo classroom (app.demo_classroom): a tone (media.tone_track) for its voice and no speakers, since
    it runs on the teacher's PC, whose microphone and speakers are the teacher's."""


class LessonMedia:
    """Devices and links of one lesson. Must be used in the event loop; devices are opened at once.

    on_picture(peer, pixels) for every picture received (in the event loop; quick), on_dead(peer)
    when a link died (the owner rebuilds it), on_link(peer) when a link's preset changed or it
    started receiving, on_problem(device, message) when a device cannot be used ("camera",
    "microphone" or "speakers").
    """

    def __init__(
        self,
        choice: MediaChoice,
        on_picture: Callable[[str, np.ndarray], None],
        on_dead: Callable[[str], None],
        on_link: Callable[[str], None],
        on_problem: Callable[[str, str], None],
    ) -> None:
        self._choice = choice
        self._on_picture, self._on_dead, self._on_link = on_picture, on_dead, on_link
        self._on_problem = on_problem
        self.links: dict[str, Link] = {}
        self._overrides: dict[str, Preset] = {}  # peer: the quality chosen by hand, kept across rebuilds
        self._stage: str | None = None
        self.hub_servers: tuple[RTCIceServer, ...] = ()
        """The lesson's TURN servers from the hub, used after the configured ones by links built from now on."""
        self.feed = CameraFeed(choice.camera, self._camera_failed)
        self.microphone: MicrophoneTrack | ToneTrack | None = None
        self._mic_relay = MediaRelay()
        self._closing: set[asyncio.Future[None]] = set()
        """Links taken out and closing (a step cancelled meanwhile does not stop that)."""
        try:
            self.microphone = ToneTrack() if choice.demo_classroom else MicrophoneTrack(choice.microphone)
        except DeviceUnavailable as e:
            on_problem(
                "microphone",
                translate(
                    "live", "No microphone: the others cannot hear this room. The lesson goes on. {error}"
                ).format(error=e),
            )
        self.speakers: SoundSink | SoundDrain = SoundDrain()
        try:
            if not choice.demo_classroom:
                self.speakers = SoundSink(choice.speakers)
        except DeviceUnavailable as e:
            on_problem("speakers", str(e))

    @property
    def muted(self) -> bool:
        return self.microphone is not None and self.microphone.muted

    def set_muted(self, muted: bool) -> None:
        """Send silence instead of this room's voice (on every link)."""
        if self.microphone is not None:
            self.microphone.muted = muted

    def picture_count(self, peer: str) -> int:
        link = self.links.get(peer)
        return link.pictures if link is not None else 0

    def figures(self, peer: str) -> LinkFigures | None:
        link = self.links.get(peer)
        return link.peer.figures if link is not None else None

    def preset(self, peer: str) -> Preset | None:
        link = self.links.get(peer)
        return link.peer.preset if link is not None else None

    def set_override(self, peer: str, preset: Preset | None) -> None:
        """Send this quality on the link to peer whatever its figures say; None: by the figures again."""
        if preset is None:
            self._overrides.pop(peer, None)
        else:
            self._overrides[peer] = preset
        link = self.links.get(peer)
        if link is not None:
            link.peer.set_override(preset)

    def override(self, peer: str) -> Preset | None:
        return self._overrides.get(peer)

    async def offer(self, peer: str) -> Description:
        """The teacher's side: a new link to this classroom (replacing any old one); its offer."""
        await self._clear(peer)
        stage = StageTrack()
        link = self._link(peer, stage)
        self._relay_stage_to(peer, link)
        return await link.peer.create_offer()

    async def take_answer(self, peer: str, answer: Description) -> bool:
        """The teacher's side: the classroom's answer to the latest offer; False if it is for an older one."""
        link = self.links.get(peer)
        if link is None or link.peer.pc.signalingState != "have-local-offer":
            return False
        await link.peer.accept_answer(answer)
        return True

    async def answer(self, peer: str, offer: Description) -> Description:
        """The classroom's side: a new link to the teacher from its offer (replacing any old one); the answer."""
        await self._clear(peer)
        return await self._link(peer, None).peer.accept_offer(offer)

    async def publish(self, key: str, cap: int = 0) -> Description:
        """Through an SFU: a new link that sends this PC's camera and voice (replacing any old one); its offer.

        cap: the most its preset may need (0: the configured cap only).
        """
        await self._clear(key)
        caps = [c for c in (cap, self._choice.cap) if c]
        return await self._link(key, None, cap=min(caps) if caps else 0).peer.create_publish_offer()

    async def receive(self, peer: str, offer: Description) -> Description:
        """Through an SFU: a new link that only receives peer's feed (replacing any old one); the answer."""
        await self._clear(peer)
        return await self._link(peer, None, sends=False).peer.accept_offer(offer)

    def set_stage(self, peer: str | None) -> None:
        """The teacher's side: every other classroom hears this one (None: nobody)."""
        self._stage = peer
        for other, link in self.links.items():
            self._relay_stage_to(other, link)

    async def drop(self, peer: str) -> None:
        """Close the link to this peer, if there is one."""
        link = self.links.pop(peer, None)
        if link is None:
            return
        if peer == self._stage:
            for other in self.links.values():  # the stage lines go silent, not dead
                if other.stage is not None:
                    other.stage.set_source(None)
        closing = asyncio.ensure_future(link.close(self.speakers))
        self._closing.add(closing)
        closing.add_done_callback(self._closing.discard)
        await asyncio.shield(closing)  # a cancelled step still closes the link it took out; close() waits for it

    async def _clear(self, peer: str) -> None:
        """Drop the link to peer, and any link another step made for it while the old one closed: the caller's new
        link goes in right after this returns, so no link is ever replaced without being closed."""
        while peer in self.links:
            await self.drop(peer)

    async def close(self) -> None:
        """Close every link and device."""
        for peer in list(self.links):
            await self.drop(peer)
        await asyncio.gather(*self._closing, return_exceptions=True)
        await self.speakers.close()
        if self.microphone is not None:
            self.microphone.stop()
        self.feed.close()

    def _link(self, peer: str, stage: StageTrack | None, sends: bool = True, cap: int | None = None) -> Link:
        link: Link

        def picture(pixels: np.ndarray) -> None:
            link.pictures += 1
            if link.pictures == 1:
                self._on_link(peer)
            self._on_picture(peer, pixels)

        def dead() -> None:
            if self.links.get(peer) is link:
                self._on_dead(peer)

        def preset(preset: Preset) -> None:
            if self.links.get(peer) is link:
                self._on_link(peer)

        voice = self._mic_relay.subscribe(self.microphone) if self.microphone is not None and sends else None
        adapter = Adapter(cap=self._choice.cap if cap is None else cap)
        adapter.set_override(self._overrides.get(peer))
        link = Link(
            Peer(
                (*self._choice.servers, *self.hub_servers),
                video=self.feed.track() if sends else None,
                voice=voice,
                stage=stage,
                adapter=adapter,
                on_dead=dead,
                on_picture=picture,
                on_audio=lambda track: self._audio_came(peer, link, track),
                on_preset=preset,
            ),
            stage=stage,
        )
        self.links[peer] = link
        return link

    def _audio_came(self, peer: str, link: Link, track: MediaStreamTrack) -> None:
        if link.stage is None:  # a classroom: the teacher's voice and the stage, both heard
            link.heard.append(track)
            self.speakers.add(track)
            return
        # the teacher: a classroom's voice, heard here and relayed to the others while on stage
        link.voice, link.relay = track, MediaRelay()
        heard = link.relay.subscribe(track)
        link.heard.append(heard)
        self.speakers.add(heard)
        if peer == self._stage:
            self.set_stage(peer)

    def _relay_stage_to(self, peer: str, link: Link) -> None:
        if link.stage is None:
            return
        staged = self.links.get(self._stage) if self._stage is not None and self._stage != peer else None
        if staged is None or staged.relay is None or staged.voice is None:
            link.stage.set_source(None)
            link.stage_from = None
        elif link.stage_from != self._stage or link.stage.source is None:
            link.stage.set_source(staged.relay.subscribe(staged.voice))
            link.stage_from = self._stage

    def _camera_failed(self, error: DeviceUnavailable) -> None:
        if self.feed.camera.latest is not None:
            message = translate(
                "live",
                "The camera stopped during the lesson; the others see its last picture and the lesson goes on. {error}",
            )
        else:
            message = translate(
                "live", "No camera picture: the others see a plain picture and the lesson goes on. {error}"
            )
        self._on_problem("camera", message.format(error=error))
