"""Serving lesson videos with single byte ranges, strong ETags and If-Range.

aiohttp's FileResponse honours If-Range only as a date, so a resumed download could mix two
versions of a video; this module compares If-Range with the content-derived ETag instead.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import BinaryIO

from aiohttp import web

from hub.media_types import content_type
from hub.store import VideoFile

logger = logging.getLogger(__name__)

READ_SIZE = 1024 * 1024
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def etag_of(video: VideoFile) -> str:
    """A strong ETag that changes exactly when the content does."""
    return f'"{video.sha256[:32]}"'


class Unsatisfiable(ValueError):
    """The range lies wholly outside the file: 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) byte asked for, or None for 'send it all'; raises Unsatisfiable.

    Malformed or multi-range headers are ignored (RFC 9110 lets a server send the whole file).
    """
    if header is None:
        return None
    match = _RANGE.fullmatch(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # suffix: the last N bytes
        n = int(last)
        if n == 0 or size == 0:
            raise Unsatisfiable(header)
        return max(0, size - n), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if start >= size:
        raise Unsatisfiable(header)
    if end < start:
        return None
    return start, min(end, size - 1)


async def serve(request: web.Request, video: VideoFile) -> web.StreamResponse:
    """Answer a GET or HEAD for video with 200, 206, 304 or 416; FileNotFoundError before answering."""
    etag = etag_of(video)
    headers = {"ETag": etag, "Accept-Ranges": "bytes", "Cache-Control": "private, no-transform"}
    if request.headers.get("If-None-Match") in (etag, "*"):
        return web.Response(status=304, headers=headers)
    if_range = request.headers.get("If-Range")
    # a changed video (If-Range no longer matching) is sent whole: the client starts over
    asked = request.headers.get("Range") if if_range is None or if_range.strip() == etag else None
    try:
        wanted = parse_range(asked, video.size)
    except Unsatisfiable:
        headers["Content-Range"] = f"bytes */{video.size}"
        return web.Response(status=416, headers=headers)
    if wanted is None:
        status, first, last = 200, 0, video.size - 1
    else:
        status, (first, last) = 206, wanted
        headers["Content-Range"] = f"bytes {first}-{last}/{video.size}"
    # opened before answering: a missing file is told as such, never as a body that stops
    with video.path.open("rb") as file:
        response = web.StreamResponse(status=status, headers=headers)
        response.content_type = content_type(video.path)
        response.content_length = last - first + 1
        await response.prepare(request)
        if request.method == "HEAD":
            return response
        try:
            await _send(response, file, first, last - first + 1)
            await response.write_eof()
        except ConnectionError:  # the client's link dropped mid-file; it resumes with a Range
            logger.info("client went away during %s bytes %d-%d", video.path.name, first, last)
        except OSError as e:  # the disk failed mid-file: end the connection so the client does not wait
            logger.error("reading %s failed mid-answer: %s", video.path, e)
            if request.transport is not None:
                request.transport.close()
    return response


async def _send(response: web.StreamResponse, file: BinaryIO, offset: int, count: int) -> None:
    loop = asyncio.get_running_loop()
    file.seek(offset)
    while count > 0:
        block = await loop.run_in_executor(None, file.read, min(READ_SIZE, count))
        if not block:  # the file shrank under us; the short body tells the client
            break
        await response.write(block)
        count -= len(block)
