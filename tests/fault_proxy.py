"""A TCP proxy for tests that breaks connections the way a rural link does.

Per connection, counting the bytes that come from the server: it cuts the connection after a
number of bytes (the client sees a reset mid-transfer), stalls it (stops forwarding and stays
silent until the client gives up), or flips one byte (data damaged on the way). Counting the bytes
that go to the server, it cuts an upload mid-body (the server sees the connection end).
"""

from __future__ import annotations

import asyncio
import contextlib


class FaultProxy:
    """Forwards 127.0.0.1:port to target, hurting the first `faulty` connections (None: all of them).

    cut_after / stall_after: bytes from the server after which a connection is cut / goes silent;
    cut_up_after: bytes to the server after which a connection is cut (those bytes reach it, then the end);
    flip_at: the position (from the server, counted from 0) of the byte whose flip_mask bits to invert
    (0xFF: the whole byte; 0x01: one bit).
    """

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        cut_after: int | None = None,
        stall_after: int | None = None,
        cut_up_after: int | None = None,
        flip_at: int | None = None,
        flip_mask: int = 0xFF,
        faulty: int | None = None,
    ) -> None:
        self.target = (target_host, target_port)
        self.cut_after = cut_after
        self.stall_after = stall_after
        self.cut_up_after = cut_up_after
        self.flip_at = flip_at
        self.flip_mask = flip_mask
        self.faulty = faulty
        self.connections = 0
        self.cuts = 0
        self.stalls = 0
        self.flips = 0
        self.bytes_down = 0
        self.bytes_up = 0
        """Bytes forwarded to the server (request lines, headers and bodies), over every connection."""
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        await self._server.wait_closed()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        faulty = self.faulty is None or self.connections <= self.faulty
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:  # the server is down: the client sees its connection refused-like close
            client_w.transport.abort()
            return
        self._writers |= {client_w, server_w}
        up = asyncio.create_task(self._up(client_r, server_w, self.cut_up_after if faulty else None))
        try:
            if await self._down(server_r, client_w, faulty):
                await up  # stalled: silent until the client hangs up
        finally:
            up.cancel()
            for w in (client_w, server_w):
                w.transport.abort()
                self._writers.discard(w)

    async def _up(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, limit: int | None) -> None:
        sent = 0
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                if limit is not None and sent + len(data) > limit:
                    writer.write(data[: limit - sent])
                    await writer.drain()
                    self.bytes_up += limit - sent
                    self.cuts += 1
                    writer.close()  # what was written reaches the server, then the end of the connection
                    return
                writer.write(data)
                await writer.drain()
                sent += len(data)
                self.bytes_up += len(data)

    async def _down(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, faulty: bool) -> bool:
        """Forward the server's bytes until the end or a fault; True if the connection stalled."""
        sent = 0
        limits = [x for x in (self.cut_after, self.stall_after) if x is not None] if faulty else []
        limit = min(limits) if limits else None
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                if faulty and self.flip_at is not None and sent <= self.flip_at < sent + len(data):
                    flipped = bytearray(data)
                    flipped[self.flip_at - sent] ^= self.flip_mask
                    data = bytes(flipped)
                    self.flips += 1
                if limit is not None and sent + len(data) > limit:
                    writer.write(data[: limit - sent])
                    await writer.drain()
                    self.bytes_down += limit - sent
                    if limit == self.stall_after:
                        self.stalls += 1
                        return True
                    self.cuts += 1
                    return False
                writer.write(data)
                await writer.drain()
                sent += len(data)
                self.bytes_down += len(data)
        return False


class CuttingProxy(FaultProxy):
    """Forwards 127.0.0.1:port to target; each connection dies after cut_after bytes downstream."""

    def __init__(self, target_host: str, target_port: int, cut_after: int) -> None:
        super().__init__(target_host, target_port, cut_after=cut_after)
