"""One peer connection of the lesson's star (the teacher at the centre, one per classroom).

The teacher offers, the classroom answers; the offer and answer are whole SDPs as signaling
carries them ({"type": "offer" | "answer", "sdp": ...}, candidates included: aiortc gathers
before it answers). Three media lines in a fixed order: video both ways, the voice both ways,
and the stage (the on-stage classroom's sound, which the teacher relays to the others).

Once a second the connection's getStats becomes LinkFigures, the Adapter picks this link's
preset from them, and the preset is applied to the camera track and the video encoder. aiortc
notices a dead link only after ~30 s of failed consent checks and cannot restart ICE: here a
connected link that receives no packet for DEAD_SECONDS calls on_dead, and the owner closes
this Peer and builds a new one (new tracks too: closing a connection stops the tracks it sent).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from aiortc import (
    MediaStreamTrack,
    RTCBundlePolicy,
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCRtpSender,
    RTCRtpTransceiver,
    RTCSessionDescription,
)
from aiortc.sdp import SessionDescription

from media.bitrate import FLOOR, set_ceiling
from media.camera_track import CameraTrack
from media.catch_up import catch_up
from media.ice_consent import end_consent_checks_after_close
from media.link_figures import FiguresSampler, LinkFigures
from media.quality import Adapter, Preset
from media.video_sink import VideoSink

logger = logging.getLogger(__name__)

VIDEO_CODECS = ("video/H264", "video/VP8")
"""Video codecs offered, preferred first: H.264 needed a fifth of VP8's bitrate for the same
camera-like pictures and kept more frames per second on a poor link (bench/RESULTS.md, live media)."""
SAMPLE_PERIOD = 1.0
"""Seconds between getStats samples."""
DEAD_SECONDS = 4.0
"""A connected link that receives nothing for this long is dead."""
CONNECT_SECONDS = 20.0
"""A link not connected this long after the offer and answer met is dead."""
CLOSE_SECONDS = 5.0
"""aiortc's close waits for its sender and receiver tasks, and was seen waiting for good on a loaded machine
(aiortc issue #283): after this long the link's transports are stopped instead."""

Description = dict[str, str]

end_consent_checks_after_close()


def configured_ice_servers(stun: Sequence[str], turn: Sequence[Mapping[str, str]]) -> list[RTCIceServer]:
    """The STUN and TURN servers of the config's [network] as aiortc takes them."""
    servers = [RTCIceServer(urls=url) for url in stun]
    servers += [RTCIceServer(urls=t["url"], username=t["username"], credential=t["password"]) for t in turn]
    return servers


def hub_ice_servers(entries: Sequence[dict[str, Any]]) -> list[RTCIceServer]:
    """The TURN servers with time-limited credentials a hub's started or joined message hands out."""
    return [RTCIceServer(urls=list(e["urls"]), username=e["username"], credential=e["credential"]) for e in entries]


def prefer(transceiver: RTCRtpTransceiver, mime_types: Sequence[str]) -> None:
    """Offer only these video codecs, in this order (with their retransmission codec)."""
    codecs = RTCRtpSender.getCapabilities("video").codecs
    chosen = [c for mime in mime_types for c in codecs if c.mimeType.lower() == mime.lower()]
    transceiver.setCodecPreferences(chosen + [c for c in codecs if c.name.lower() == "rtx"])


def video_codec(answer: str) -> str:
    """The video codec an answer settled on (its first of the video line), "" if it has no video."""
    for media in SessionDescription.parse(answer).media:
        if media.kind == "video" and media.rtp.codecs:
            return media.rtp.codecs[0].mimeType
    return ""


class Peer:
    """A peer connection with its local tracks, remote sinks, figures and preset. Must be used in the event loop.

    video: a CameraTrack (its preset follows the link) or any video track; voice: the microphone
    (a MediaRelay proxy of it where several links share it); stage: the sound the teacher relays
    (replace it with set_stage). on_dead() when the link has died; on_picture(pixels) for each
    received picture; on_audio(track) for each remote audio track (voice, then stage): the owner
    must read it (SoundSink.add); on_figures(figures) each second; on_preset(preset) on a change.
    """

    def __init__(
        self,
        servers: Sequence[RTCIceServer] = (),
        *,
        video: MediaStreamTrack | None = None,
        voice: MediaStreamTrack | None = None,
        stage: MediaStreamTrack | None = None,
        adapter: Adapter | None = None,
        codecs: Sequence[str] = VIDEO_CODECS,
        on_dead: Callable[[], None] = lambda: None,
        on_picture: Callable[[np.ndarray], None] | None = None,
        on_audio: Callable[[MediaStreamTrack], None] = lambda track: None,
        on_figures: Callable[[LinkFigures], None] = lambda figures: None,
        on_preset: Callable[[Preset], None] = lambda preset: None,
    ) -> None:
        # max-bundle: under aiortc's default ("balanced") the stage line was bundled onto the voice's transport
        # before the answer came, and stayed there when the answer moved the voice onto the video's: it sent nothing
        configuration = RTCConfiguration(iceServers=list(servers), bundlePolicy=RTCBundlePolicy.MAX_BUNDLE)
        self.pc = RTCPeerConnection(configuration)
        self.adapter = adapter or Adapter()
        self.video_sink: VideoSink | None = None
        """The remote video, once it has come."""
        self.figures: LinkFigures | None = None
        """The latest second's figures."""
        self._video, self._voice, self._stage = video, voice, stage
        self._codecs = codecs
        self._on_dead, self._on_picture, self._on_audio = on_dead, on_picture, on_audio
        self._on_figures, self._on_preset = on_figures, on_preset
        self._video_sender: RTCRtpSender | None = None
        self._stage_sender: RTCRtpSender | None = None
        self._video_codec = ""
        self._preset = self.adapter.preset
        self._watcher: asyncio.Task[None] | None = None
        self._closed = False
        self._sends_only = False
        self.pc.on("track", self._track_came)

    @property
    def preset(self) -> Preset:
        return self._preset

    async def create_offer(self) -> Description:
        video = self.pc.addTransceiver(self._video or "video", "sendrecv")
        prefer(video, self._codecs)
        self._video_sender = video.sender
        self.pc.addTransceiver(self._voice or "audio", "sendrecv")
        self._stage_sender = self.pc.addTransceiver(self._stage or "audio", "sendonly").sender
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return self._description()

    async def create_publish_offer(self) -> Description:
        """An offer that only sends (the video, then the voice if any): a feed published to an SFU."""
        self._sends_only = True
        video = self.pc.addTransceiver(self._video or "video", "sendonly")
        prefer(video, self._codecs)
        self._video_sender = video.sender
        if self._voice is not None:
            self.pc.addTransceiver(self._voice, "sendonly")
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return self._description()

    async def accept_offer(self, offer: Description) -> Description:
        """Answer the far end's offer; the link starts."""
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=offer["sdp"], type=offer["type"]))
        if self._video is not None:
            self._video_sender = self.pc.addTrack(self._video)
        if self._voice is not None:
            self.pc.addTrack(self._voice)
        await self.pc.setLocalDescription(await self.pc.createAnswer())
        self._start(self.pc.localDescription.sdp)
        return self._description()

    async def accept_answer(self, answer: Description) -> None:
        """Take the far end's answer to our offer; the link starts."""
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type=answer["type"]))
        self._start(answer["sdp"])

    def set_stage(self, track: MediaStreamTrack | None) -> None:
        """Relay this sound on the stage line (None: nothing); only on the offering side."""
        assert self._stage_sender is not None, "only the offering side sends the stage"
        self._stage_sender.replaceTrack(track)

    def set_override(self, preset: Preset | None) -> None:
        """Send this preset whatever the figures say; None: choose by the figures again."""
        self.adapter.set_override(preset)
        self._apply(self.adapter.preset)

    async def close(self) -> None:
        self._closed = True
        if self._watcher is not None:
            self._watcher.cancel()
            await asyncio.gather(self._watcher, return_exceptions=True)
        if self.video_sink is not None:
            await self.video_sink.close()
        try:
            async with asyncio.timeout(CLOSE_SECONDS):
                await self.pc.close()
        except TimeoutError:
            logger.warning("a link did not close within %g s; its transports are stopped instead", CLOSE_SECONDS)
            await self._stop_transports()

    async def _stop_transports(self) -> None:
        """Stop DTLS and ICE of every media line, so that nothing more is sent or received, and the decoders.

        aiortc stops a receiver's decoder thread (not a daemon: the process cannot exit while it waits for
        packets) in the close that did not return, or when DTLS fails, not when it is stopped.
        """
        for transceiver in self.pc.getTransceivers():
            dtls = transceiver.receiver.transport
            for stop in (dtls.stop, dtls.transport.stop):  # ICE stops even if DTLS did not
                try:
                    async with asyncio.timeout(CLOSE_SECONDS):
                        await stop()
                except Exception:
                    logger.exception("stopping a link's transports failed")
        for transceiver in self.pc.getTransceivers():
            transceiver.receiver._handle_disconnect()  # ends its decoder thread, and so its remote track
        # the close that did not return would have ended the RTP and RTCP loops, which never end by themselves
        tasks = [
            task
            for transceiver in self.pc.getTransceivers()
            for task in (
                transceiver.sender._RTCRtpSender__rtp_task,  # type: ignore[attr-defined]
                transceiver.sender._RTCRtpSender__rtcp_task,  # type: ignore[attr-defined]
                transceiver.receiver._RTCRtpReceiver__rtcp_task,  # type: ignore[attr-defined]
            )
            if task is not None
        ]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _description(self) -> Description:
        return {"type": self.pc.localDescription.type, "sdp": self.pc.localDescription.sdp}

    def _start(self, answer: str) -> None:
        for transceiver in self.pc.getTransceivers():  # before the first packet: media flows after DTLS
            if transceiver.kind == "video":
                catch_up(transceiver.receiver)
        self._video_codec = video_codec(answer)
        logger.info("link starting, video codec %s", self._video_codec or "none")
        self._apply(self._preset, force=True)
        self._watcher = asyncio.create_task(self._watch(), name="peer-watch")

    def _track_came(self, track: MediaStreamTrack) -> None:
        if track.kind == "video":
            self.video_sink = VideoSink(track, self._on_picture)
        else:
            self._on_audio(track)

    def _apply(self, preset: Preset, force: bool = False) -> None:
        if preset == self._preset and not force:
            return
        self._preset = preset
        if isinstance(self._video, CameraTrack):
            self._video.set_preset(preset)
        if self._video_sender is not None and self._video_codec:
            set_ceiling(self._video_sender, self._video_codec, preset.video_bitrate or FLOOR)
        if not force:
            self._on_preset(preset)

    async def _watch(self) -> None:
        """Sample the figures each second, adapt the preset, and notice a dead link."""
        sampler = FiguresSampler()
        began = heard = time.monotonic()
        packets = -1
        while True:
            await asyncio.sleep(SAMPLE_PERIOD)
            now = time.monotonic()
            state = self.pc.connectionState
            if state in ("failed", "closed"):
                return self._die(f"the connection is {state}")
            if state != "connected":
                if now - began > CONNECT_SECONDS:
                    return self._die(f"not connected after {CONNECT_SECONDS:.0f} s")
                continue
            report: Any = await self.pc.getStats()
            figures = sampler.sample(report, now, self.video_sink.fps if self.video_sink else 0.0)
            if figures.packets_received != packets:
                packets, heard = figures.packets_received, now
            elif now - heard >= DEAD_SECONDS and not self._sends_only:  # a feed only hears RTCP
                return self._die(f"nothing received for {now - heard:.0f} s")
            self.figures = figures
            self._on_figures(figures)
            self._apply(self.adapter.update(figures))

    def _die(self, why: str) -> None:
        if not self._closed:
            logger.warning("link dead: %s", why)
            self._on_dead()
