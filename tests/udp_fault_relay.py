"""A UDP relay between two WebRTC peers on 127.0.0.1 that hurts the link like a rural line.

Each side's SDP passes through rewrite() on its way to the other side: its host candidate is
replaced by a port of the relay's (its "face"), so all media and ICE checks go through here.
Per direction it delays (plus random jitter), drops at random, limits the rate with a queue
that drops what would wait longer than `queue` seconds (as `tc tbf` does), or cuts everything.
"""

from __future__ import annotations

import asyncio
import random
import re

CANDIDATE = re.compile(r"(a=candidate:\S+ \d+ udp \d+ 127\.0\.0\.1 )(\d+)( typ host)")


class _Face(asyncio.DatagramProtocol):
    """The relay's socket that stands for one side; what arrives here is meant for that side."""

    def __init__(self, relay: UdpFaultRelay, index: int) -> None:
        self.relay, self.index = relay, index
        self.transport: asyncio.DatagramTransport | None = None
        self.real: tuple[str, int] | None = None
        """The side's own address, from its SDP."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.relay.forward(self.index, data)


class UdpFaultRelay:
    """Relays between two peers; the link's faults can be changed at any time."""

    def __init__(
        self, delay: float = 0.0, jitter: float = 0.0, loss: float = 0.0, rate: int = 0, queue: float = 0.3
    ) -> None:
        self.delay, self.jitter, self.loss, self.rate, self.queue = delay, jitter, loss, rate, queue
        """Seconds one way; seconds of random extra delay; share of packets dropped (0-1); bits/s (0: no
        limit); seconds a packet may wait for the rate limit before it is dropped."""
        self.cut = False
        """Forward nothing at all."""
        self.forwarded = 0
        self.dropped = 0
        self._faces: list[_Face] = []
        self._free_at = [0.0, 0.0]  # per direction: when the rate-limited line is free again
        self._random = random.Random(7)

    def set_faults(self, delay: float = 0.0, jitter: float = 0.0, loss: float = 0.0, rate: int = 0) -> None:
        self.delay, self.jitter, self.loss, self.rate = delay, jitter, loss, rate

    async def rewrite(self, description: dict[str, str]) -> dict[str, str]:
        """The SDP of one side (the offer first, then the answer) with the relay in its place."""
        loop = asyncio.get_running_loop()
        face = _Face(self, len(self._faces))
        await loop.create_datagram_endpoint(lambda: face, local_addr=("127.0.0.1", 0))
        assert face.transport is not None
        port = face.transport.get_extra_info("sockname")[1]
        self._faces.append(face)
        sdp = description["sdp"]
        found = CANDIDATE.search(sdp)
        assert found, "no UDP host candidate on 127.0.0.1 in the SDP"
        real = found.group(2)
        face.real = ("127.0.0.1", int(real))
        sdp = CANDIDATE.sub(lambda m: m.group(1) + str(port) + m.group(3), sdp)
        sdp = re.sub(rf"^(m=\S+ ){real} ", rf"\g<1>{port} ", sdp, flags=re.M)
        return {"type": description["type"], "sdp": sdp}

    def close(self) -> None:
        for face in self._faces:
            if face.transport is not None:
                face.transport.close()

    def forward(self, to: int, data: bytes) -> None:
        """A packet arrived at side `to`'s face: send it on to that side, from the other side's face."""
        if len(self._faces) < 2 or self.cut or self._random.random() < self.loss:
            self.dropped += 1
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        leave = now
        if self.rate:
            start = max(now, self._free_at[to])
            if start - now > self.queue:
                self.dropped += 1
                return
            leave = self._free_at[to] = start + len(data) * 8 / self.rate
        at = leave + self.delay + self._random.uniform(0, self.jitter)
        loop.call_at(at, self._send, to, data)

    def _send(self, to: int, data: bytes) -> None:
        receiver, sender = self._faces[to], self._faces[1 - to]
        if sender.transport is not None and not sender.transport.is_closing() and receiver.real is not None:
            sender.transport.sendto(data, receiver.real)
            self.forwarded += 1
