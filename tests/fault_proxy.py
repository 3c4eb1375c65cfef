"""A TCP proxy for tests that cuts each connection after a number of bytes from the server.

Stands in for a rural link that drops: the client sees a reset mid-transfer, as it would.
"""

from __future__ import annotations

import asyncio
import contextlib


class CuttingProxy:
    """Forwards 127.0.0.1:port to target; each connection dies after cut_after bytes downstream."""

    def __init__(self, target_host: str, target_port: int, cut_after: int) -> None:
        self.target = (target_host, target_port)
        self.cut_after = cut_after
        self.cuts = 0
        self.bytes_down = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection(*self.target)
        up = asyncio.create_task(self._pipe(client_r, server_w, limit=None))
        try:
            await self._pipe(server_r, client_w, limit=self.cut_after)
        finally:
            up.cancel()
            for w in (client_w, server_w):
                w.transport.abort()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, limit: int | None) -> None:
        sent = 0
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                if limit is not None and sent + len(data) > limit:
                    data = data[: limit - sent]
                    writer.write(data)
                    await writer.drain()
                    self.bytes_down += len(data)
                    self.cuts += 1
                    return
                writer.write(data)
                await writer.drain()
                sent += len(data)
                if limit is not None:
                    self.bytes_down += len(data)
