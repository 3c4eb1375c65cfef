"""The client's half of tus 1.0.0 (core, creation, checksum) with the hub's /api/v1/uploads, over HubClient.

Each request is one call; what the hub refuses becomes a HubError carrying the hub's own sentence, what the
link does becomes HubUnreachable (app.hub_failures). A PATCH body streams in pieces through the bandwidth
cap and holds while paused.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator, Callable, Mapping

import aiohttp
from PySide6.QtCore import QCoreApplication

from app.errors import HubError
from app.hub_client import HubClient
from media.errors import ClassroomError, HubUnreachable
from media.throttle import TokenBucket
from protocol.http.errors import ErrorBody
from protocol.http.wire import read
from protocol.schema import SchemaError

translate = QCoreApplication.translate

TUS = {"Tus-Resumable": "1.0.0"}
UPLOADS = "/uploads"
PIECE = 64 * 1024
PATCH_TIMEOUT = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=60)
"""A PATCH under a low cap lasts long: no overall limit, but a silent hub fails it."""


class Gone(Exception):
    """The hub no longer has this upload (404), it failed there (410), or it is another token's (403): start
    it over."""


class Damaged(Exception):
    """The hub found a PATCH's bytes do not match their checksum (460) and discarded them: ask where it is."""


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def hub_sentence(body: bytes) -> str:
    """The hub's own sentence in its JSON error body, or "" for a body that is not one."""
    try:
        return read(ErrorBody, json.loads(body)).error.message
    except (UnicodeDecodeError, json.JSONDecodeError, SchemaError):
        return ""


INSUFFICIENT_STORAGE = 507


class TusClient:
    """Uploads to one hub with the teacher's token (this PC's unless it has two). Must be used in the event loop."""

    def __init__(self, hub: HubClient) -> None:
        self.hub = hub
        self._slow = hub.with_timeout(PATCH_TIMEOUT)

    def _refused(self, status: int, body: bytes) -> ClassroomError:
        """A refusal in the user's words, with the hub's own sentence when it gave one; a hub in trouble (5xx,
        a proxy in front of a restarting hub) is HubUnreachable: tried again. A full disk (507) is said, not
        tried again: what arrived stays on the hub, and the upload goes on when it is started again."""
        if status >= 500 and status != INSUFFICIENT_STORAGE:
            return HubUnreachable(str(self.hub.status_error(status)))
        sentence = hub_sentence(body)
        if not sentence or status == 401:
            return self.hub.status_error(status)
        message = translate("upload", "The hub at {url} refused the upload: {reason}")
        return HubError(message.format(url=self.hub.url, reason=sentence))

    async def max_size(self) -> int | None:
        """The most bytes the hub takes in one upload (Tus-Max-Size), None when it does not say."""
        status, headers, body = await self.hub.send("OPTIONS", UPLOADS, TUS, teacher=True)
        if status not in (200, 204):
            raise self._refused(status, body)
        value = headers.get("Tus-Max-Size", "")
        return int(value) if value.isdigit() else None

    async def create(self, size: int, filename: str, sha256: str) -> str:
        """A new upload of size bytes; its URL (the hub's address and its Location)."""
        metadata = f"filename {_b64(filename)},sha256 {_b64(sha256)}"
        headers = {**TUS, "Upload-Length": str(size), "Upload-Metadata": metadata}
        status, answer, body = await self.hub.send("POST", UPLOADS, headers, teacher=True)
        location = answer.get("Location", "")
        if status != 201 or not location.startswith(f"/api/v1{UPLOADS}/"):
            raise self._refused(status, body)
        return self.hub.url + location

    def _path(self, url: str) -> str:
        """The upload's path at this client's hub: a hub now reached at another address goes on; another
        hub answers 404 and the upload starts over."""
        return f"{UPLOADS}/{url.rsplit('/', 1)[1]}"

    async def offset(self, url: str) -> int:
        """How many bytes of the upload the hub has; raises Gone when it has no such upload any more."""
        status, headers, body = await self.hub.send("HEAD", self._path(url), TUS, teacher=True)
        if status in (403, 404, 410):  # 403: made with another token, which this PC no longer has
            raise Gone
        value = headers.get("Upload-Offset", "")
        if status != 200 or not value.isdigit():
            raise self._refused(status, body)
        return int(value)

    async def patch(
        self,
        url: str,
        offset: int,
        chunk: bytes,
        digest: bytes,
        bucket: TokenBucket,
        running: asyncio.Event,
        sent: Callable[[int], None],
    ) -> int:
        """Send chunk at offset with its sha256 digest as Upload-Checksum; the hub's new offset.

        The body goes out in pieces, each within the cap and after running is set; sent(n) after each piece.
        """

        async def pieces() -> AsyncIterator[bytes]:
            for start in range(0, len(chunk), PIECE):
                await running.wait()
                piece = chunk[start : start + PIECE]
                await bucket.take(len(piece))
                yield piece
                sent(len(piece))

        headers: Mapping[str, str] = {
            **TUS,
            "Content-Type": "application/offset+octet-stream",
            "Content-Length": str(len(chunk)),
            "Upload-Offset": str(offset),
            "Upload-Checksum": "sha256 " + base64.b64encode(digest).decode(),
        }
        status, answer, body = await self._slow.send("PATCH", self._path(url), headers, pieces(), teacher=True)
        if status in (404, 410):
            raise Gone
        value = answer.get("Upload-Offset", "")
        if status == 204 and value.isdigit():
            return int(value)
        if status == 409 and value.isdigit():  # the hub has another offset than we thought: go on from there
            return int(value)
        if status == 460:  # damaged on the way, or the whole file does not match its sha256 (the upload failed)
            raise Damaged
        raise self._refused(status, body)
