"""A live-lesson socket made by hand over TCP, for clients no library would be: one that stops reading."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
from typing import Any, cast
from urllib.parse import urlsplit

Stream = tuple[asyncio.StreamReader, asyncio.StreamWriter]


def text_frame(message: Any) -> bytes:
    """One masked WebSocket text frame, as a client sends it."""
    payload = json.dumps(message).encode()
    mask = os.urandom(4)
    size = len(payload)
    header = bytes([0x81, 0x80 | size]) if size < 126 else bytes([0x81, 0x80 | 126]) + size.to_bytes(2, "big")
    return header + mask + bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))


async def open_raw(url: str, token: str, receive_buffer: int = 4096) -> Stream:
    """A live socket upgraded on a TCP socket with a small receive buffer; returns once the hub said 101."""
    parts = urlsplit(url)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)  # before connect: the window stays small
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, (parts.hostname, parts.port))
    reader, writer = await asyncio.open_connection(sock=sock)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        f"GET /api/v1/live HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
    )
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    assert head.startswith(b"HTTP/1.1 101"), head
    return reader, writer


def stop_reading(writer: asyncio.StreamWriter) -> None:
    """Read nothing more: what the hub sends piles up in the kernel's buffers, then in the hub's."""
    cast(asyncio.Transport, writer.transport).pause_reading()


async def closed_by_the_hub(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seconds: float) -> bool:
    """Read everything the hub sent; True if it closed the connection within seconds."""
    cast(asyncio.Transport, writer.transport).resume_reading()
    try:
        async with asyncio.timeout(seconds):
            while await reader.read(65536):
                pass
    except TimeoutError:
        return False
    except ConnectionError:
        pass
    writer.close()
    return True
