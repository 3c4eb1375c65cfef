"""An HTTP proxy for tests that misbehaves the way bad links and middleboxes do.

Per request it can swallow the hub's reply after the hub has acted on the request (the client
sees the connection die), send the request to the hub twice, or hold the reply back a while.
"""

from __future__ import annotations

import asyncio
import re


class FaultyHttpProxy:
    """Forwards 127.0.0.1:port to the hub, one request per upstream connection."""

    def __init__(self, hub_url: str, swallow_replies: int = 0, duplicate: bool = False, delay: float = 0.0) -> None:
        host, port = hub_url.removeprefix("http://").split(":")
        self.target = (host, int(port))
        self.swallow_replies = swallow_replies
        """How many of the next replies to swallow."""
        self.duplicate = duplicate
        self.delay = delay
        self.requests = 0
        self.swallowed = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _forward(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection(*self.target)
        writer.write(request)
        await writer.drain()
        reply = await reader.read()  # the request asks the hub to close when done
        writer.close()
        return reply

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length:\s*(\d+)", head)
            body = await reader.readexactly(int(length.group(1))) if length else b""
            head = re.sub(rb"(?i)connection:[^\r]*\r\n", b"", head)
            request = head[:-2] + b"Connection: close\r\n\r\n" + body
            self.requests += 1
            reply = await self._forward(request)
            if self.duplicate:
                reply = await self._forward(request)
            if self.swallow_replies > 0:
                self.swallow_replies -= 1
                self.swallowed += 1
                writer.transport.abort()  # the hub has committed; the client never hears of it
                return
            await asyncio.sleep(self.delay)
            writer.write(reply)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
