"""Received video that catches up after a stall, instead of staying seconds behind.

aiortc's jitter buffer hands on at most one frame for each packet that arrives. After a stall on a
poor link (a retransmission that comes late, say) the frames behind it pile up, and when about one
packet carries each frame (the MEDIUM and LOW presets) that backlog never drains: the picture stays
seconds late for the rest of the lesson (bench/poor_link_delay.py). Past MAX_BACKLOG this buffer
drops the backlog and asks the sender for a key frame (PLI), as browsers' jitter buffers do: the
picture stands still for a moment, then is live again.
"""

from __future__ import annotations

import logging

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtcrtpreceiver import RTCRtpReceiver
from aiortc.rtp import RtpPacket

logger = logging.getLogger(__name__)

MAX_BACKLOG = 0.5
"""Seconds of complete frames that may wait behind the one handed on (a retransmission on a 150 ms
link comes well within it)."""
STUCK = 1.0
"""Seconds a smaller backlog of STUCK_FRAMES or more may stay before it is dropped too: aiortc never
drains it either. One frame behind is left alone: a key frame costs more than it."""
STUCK_FRAMES = 2
KEY_AGAIN = 0.5
"""Seconds of video after which a key frame not come yet is asked for again (the PLI may be lost)."""
GRACE = 2.0
"""Seconds of video after a drop in which nothing is dropped again, so the key frame asked for,
which is large and may need its own retransmissions on a lossy link, gets through and is decoded."""
VIDEO_CLOCK = 90_000
"""RTP timestamp units per second of video."""
CAPACITY = 512
"""Packets held, as aiortc's video receiver does."""


def is_key_frame(data: bytes) -> bool:
    """Whether a depayloaded frame decodes on its own: an H.264 access unit (Annex B) with an IDR
    slice or a sequence parameter set, or a VP8 key frame (its start code after the frame tag)."""
    if data[3:6] == b"\x9d\x01\x2a":
        return True
    for start in (i for i in range(len(data) - 3) if data[i : i + 3] == b"\x00\x00\x01"):
        if data[start + 3] & 0x1F in (5, 7):
            return True
    return False


def _after(later: int, earlier: int) -> int:
    """How far the 32-bit RTP timestamp later is past earlier (negative when it is before)."""
    delta = (later - earlier) % (1 << 32)
    return delta - (1 << 32) if delta >= 1 << 31 else delta


class CatchingUpJitterBuffer(JitterBuffer):
    """aiortc's video jitter buffer, but a backlog past MAX_BACKLOG, or one that stays STUCK seconds,
    is dropped for a key frame."""

    def __init__(self) -> None:
        super().__init__(capacity=CAPACITY, is_video=True)
        self.dropped = 0
        """Times a backlog was dropped."""
        self._calm_from: int | None = None  # no drop before this timestamp (a drop's grace)
        self._behind_since: int | None = None  # timestamp of the frame handed on when a backlog began
        self._key_asked_at: int | None = None  # after a drop: frames wait for a key frame, asked for then

    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        pli, frame = super().add(packet)
        if frame is None:
            return pli, frame
        if self._key_asked_at is not None:  # after a drop, frames that need the dropped ones are garbage
            if not is_key_frame(frame.data):
                again = _after(frame.timestamp, self._key_asked_at) >= KEY_AGAIN * VIDEO_CLOCK
                if again:
                    self._key_asked_at = frame.timestamp
                return pli or again, None
            self._key_asked_at = None
        latest = self._latest_frame_start()
        if latest is None:
            self._behind_since = None
            return pli, frame
        waiting, timestamp, frames = latest
        if frames < STUCK_FRAMES:
            self._behind_since = None
        elif self._behind_since is None:
            self._behind_since = frame.timestamp
        behind = _after(timestamp, frame.timestamp)
        stuck = self._behind_since is not None and _after(frame.timestamp, self._behind_since) >= STUCK * VIDEO_CLOCK
        calm = self._calm_from is not None and _after(frame.timestamp, self._calm_from) < 0
        if calm or (behind <= MAX_BACKLOG * VIDEO_CLOCK and not stuck):
            return pli, frame
        self.remove(waiting)  # everything before the newest frame goes, the one in hand too
        self._calm_from = (timestamp + int(GRACE * VIDEO_CLOCK)) % (1 << 32)
        self._key_asked_at = timestamp
        self._behind_since = None
        self.dropped += 1
        logger.info("received video was %.2f s behind: caught up", behind / VIDEO_CLOCK)
        return True, None

    def _latest_frame_start(self) -> tuple[int, int, int] | None:
        """(packets before it, its timestamp, complete frames before it) of the newest frame that
        follows complete frames in the run of packets held from the origin; None when none waits."""
        assert self._origin is not None
        latest = None
        timestamp = None
        frames = 0
        for count in range(self.capacity):
            packet = self._packets[(self._origin + count) % self.capacity]
            if packet is None:
                break
            if timestamp is not None and packet.timestamp != timestamp:
                frames += 1
                latest = (count, packet.timestamp, frames)
            timestamp = packet.timestamp
        return latest


def catch_up(receiver: RTCRtpReceiver) -> None:
    """Give a video receiver the catching-up buffer; before its first packet."""
    receiver._RTCRtpReceiver__jitter_buffer = CatchingUpJitterBuffer()  # type: ignore[attr-defined]
