"""Where the downloader gets videos from: the client's hub connection (app/hub_client.py)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Protocol

import aiohttp

from media.errors import ClassroomError
from protocol.http.catalog import VideoChunks


class VideoSource(Protocol):
    """Where videos come from: the client's hub connection (app/hub_client.py)."""

    def open_video(
        self, url: str, headers: dict[str, str], read_timeout: float
    ) -> AbstractAsyncContextManager[aiohttp.ClientResponse]:
        """GET a video as a response to stream; failures while it is read become HubUnreachable."""
        ...

    async def video_chunks(self, video_id: str) -> VideoChunks | None:
        """The video's chunk hashes (GET videos/{id}/chunks); None when the hub has no such video."""
        ...

    def status_error(self, status: int) -> ClassroomError:
        """The error to tell the user for an HTTP status the video request answered."""
        ...
