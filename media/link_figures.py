"""What one second of a peer connection looked like, from aiortc's getStats reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LinkFigures:
    """One sample of a link, taken once a second."""

    at: float
    """time.monotonic() of the sample."""
    loss: float
    """Packet loss in percent: the worse of what the far end reports losing of ours and what we lost of its."""
    rtt: float | None
    """Round-trip time in seconds from the far end's receiver reports; None before the first."""
    received_kbps: float
    """Kilobits per second received over the connection since the last sample."""
    sent_kbps: float
    """Kilobits per second sent over the connection since the last sample."""
    fps: float
    """Video frames per second received and decoded; 0 with no video coming."""
    packets_received: int
    """Packets received over the connection since it started (RTP and RTCP)."""


class FiguresSampler:
    """Turns successive getStats reports of one RTCPeerConnection into LinkFigures."""

    def __init__(self) -> None:
        self._last_at: float | None = None
        self._bytes = (0, 0)  # received, sent
        self._inbound: dict[int, tuple[int, int]] = {}  # ssrc: packets received, packets lost

    def sample(self, report: dict[str, Any], at: float, fps: float) -> LinkFigures:
        """Figures since the last call, from the report of RTCPeerConnection.getStats()."""
        received = sent = packets = 0
        rtts: list[float] = []
        loss_out = 0.0
        got = lost = 0
        for stats in report.values():
            if stats.type == "transport":
                received += stats.bytesReceived
                sent += stats.bytesSent
                packets += stats.packetsReceived
            elif stats.type == "remote-inbound-rtp":
                loss_out = max(loss_out, stats.fractionLost / 256 * 100)
                if stats.roundTripTime is not None:
                    rtts.append(stats.roundTripTime)
            elif stats.type == "inbound-rtp":
                before_got, before_lost = self._inbound.get(stats.ssrc, (0, 0))
                got += stats.packetsReceived - before_got
                lost += max(stats.packetsLost - before_lost, 0)
                self._inbound[stats.ssrc] = (stats.packetsReceived, stats.packetsLost)
        loss_in = lost / (got + lost) * 100 if got + lost else 0.0
        span = at - self._last_at if self._last_at is not None else 0.0
        last_received, last_sent = self._bytes
        self._bytes, self._last_at = (received, sent), at
        return LinkFigures(
            at=at,
            loss=max(loss_in, loss_out),
            rtt=max(rtts) if rtts else None,
            received_kbps=(received - last_received) * 8 / 1000 / span if span else 0.0,
            sent_kbps=(sent - last_sent) * 8 / 1000 / span if span else 0.0,
            fps=fps,
            packets_received=packets,
        )
