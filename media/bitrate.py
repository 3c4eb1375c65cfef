"""A ceiling on a video sender's bitrate, which aiortc 1.16 has no public way to set.

aiortc's VP8 and H.264 encoders take the far end's bandwidth estimate (REMB) as their target
bitrate, clamped to their codec module's MIN/MAX_BITRATE; those limits are module-wide, so they
cannot differ per link. Here the sender is given an encoder of its negotiated codec whose target
is the far end's estimate under this link's ceiling (and may go below aiortc's minimum, which is
above what our small presets need). The one private name used, the sender's __encoder slot,
is the seam aiortc creates its encoder in on the first frame; tests check the sent bitrate.
"""

from __future__ import annotations

from aiortc import RTCRtpSender
from aiortc.codecs.h264 import H264Encoder
from aiortc.codecs.vpx import Vp8Encoder

FLOOR = 60_000
"""The lowest target given to an encoder, in bits per second."""


class _Ceiling:
    """Mixed in before an aiortc encoder: target_bitrate is min(estimate, ceiling)."""

    ceiling: int
    estimate: int

    @property
    def target_bitrate(self) -> int:
        return max(min(self.estimate, self.ceiling), FLOOR)

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        self.estimate = bitrate


class CappedVp8Encoder(_Ceiling, Vp8Encoder):
    def __init__(self, ceiling: int) -> None:
        self.ceiling, self.estimate = ceiling, ceiling
        super().__init__()


class CappedH264Encoder(_Ceiling, H264Encoder):
    def __init__(self, ceiling: int) -> None:
        self.ceiling, self.estimate = ceiling, ceiling
        super().__init__()


ENCODERS = {"video/vp8": CappedVp8Encoder, "video/h264": CappedH264Encoder}


def set_ceiling(sender: RTCRtpSender, mime_type: str, ceiling: int) -> None:
    """Keep the video `sender`, negotiated to `mime_type`, under `ceiling` bits per second.

    Must be run in the event loop. The first call gives the sender its encoder (a fresh one if
    aiortc made its own already: it starts with a key frame); later calls move the ceiling, and
    the encoder follows on its next frame.
    """
    encoder = getattr(sender, "_RTCRtpSender__encoder", None)
    if isinstance(encoder, _Ceiling):
        encoder.ceiling = ceiling
        return
    make = ENCODERS.get(mime_type.lower())
    if make is not None:
        sender._RTCRtpSender__encoder = make(ceiling)  # type: ignore[attr-defined]


def ceiling_of(sender: RTCRtpSender) -> int | None:
    """The sender's ceiling in bits per second, None while it has no capped encoder."""
    encoder = getattr(sender, "_RTCRtpSender__encoder", None)
    return encoder.ceiling if isinstance(encoder, _Ceiling) else None
