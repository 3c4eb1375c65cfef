"""Video serving: byte ranges at the edges, If-Range, and resumes that rebuild the file exactly."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from pathlib import Path

import aiohttp
import pytest

from hub.demo import LESSONS
from hub.server import RunningHub
from tests.fault_proxy import CuttingProxy

pytestmark = pytest.mark.both_databases

VIDEO = "/api/v1/videos/science-water"


@pytest.fixture
def original(hub_dir: Path) -> bytes:
    return (hub_dir / "videos" / "science-water.mp4").read_bytes()


async def get(
    http: aiohttp.ClientSession, hub: RunningHub, headers: dict[str, str]
) -> tuple[int, Mapping[str, str], bytes]:
    async with http.get(hub.url + VIDEO, headers=headers) as r:
        return r.status, r.headers, await r.read()


async def test_ranges_at_the_edges(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], original: bytes
) -> None:
    size = len(original)
    cases = {
        "bytes=0-0": (0, 0),
        f"bytes={size - 1}-{size - 1}": (size - 1, size - 1),
        "bytes=-1": (size - 1, size - 1),
        "bytes=-500": (size - 500, size - 1),
        f"bytes=-{size * 2}": (0, size - 1),
        "bytes=1000-": (1000, size - 1),
        f"bytes=100-{size * 3}": (100, size - 1),
        "bytes=262144-524287": (262144, 524287),
    }
    for spec, (first, last) in cases.items():
        status, headers, body = await get(http, hub, {**classroom, "Range": spec})
        assert status == 206, spec
        assert headers["Content-Range"] == f"bytes {first}-{last}/{size}", spec
        assert body == original[first : last + 1], spec


async def test_unsatisfiable_ranges_get_416_with_the_size(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], original: bytes
) -> None:
    for spec in (f"bytes={len(original)}-", f"bytes={len(original) + 10}-{len(original) + 20}", "bytes=-0"):
        status, headers, _ = await get(http, hub, {**classroom, "Range": spec})
        assert status == 416, spec
        assert headers["Content-Range"] == f"bytes */{len(original)}"


async def test_no_range_bad_range_or_many_ranges_send_the_whole_file(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], original: bytes
) -> None:
    for extra in ({}, {"Range": "bytes=5-2"}, {"Range": "lines=1-2"}, {"Range": "bytes=0-1,5-9"}):
        status, headers, body = await get(http, hub, {**classroom, **extra})
        assert status == 200, extra
        assert headers["Accept-Ranges"] == "bytes"
        assert body == original


async def test_if_range_resumes_only_the_same_version(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], original: bytes
) -> None:
    _, headers, _ = await get(http, hub, {**classroom, "Range": "bytes=0-99"})
    etag = headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    status, _, body = await get(http, hub, {**classroom, "Range": "bytes=100-", "If-Range": etag})
    assert status == 206 and body == original[100:]
    status, _, body = await get(http, hub, {**classroom, "Range": "bytes=100-", "If-Range": '"an-older-version"'})
    assert status == 200 and body == original
    status, _, body = await get(http, hub, {**classroom, "If-None-Match": etag})
    assert status == 304 and body == b""


async def test_head_tells_size_without_a_body(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], original: bytes
) -> None:
    async with http.head(hub.url + VIDEO, headers=classroom) as r:
        assert r.status == 200
        assert int(r.headers["Content-Length"]) == len(original)
        assert r.headers["Content-Type"] == "video/mp4"


async def test_curl_resumes_across_many_drops_to_the_identical_file(
    hub: RunningHub, classroom: dict[str, str], original: bytes, tmp_path: Path
) -> None:
    """curl -C - through a link that cuts every connection after 300 kB rebuilds the file exactly."""
    host, port = hub.url.removeprefix("http://").split(":")
    proxy = CuttingProxy(host, int(port), cut_after=300_000)
    url = await proxy.start()
    out = tmp_path / "download.mp4"
    command = [
        "curl",
        "--silent",
        "--continue-at",
        "-",
        "--header",
        f"Authorization: {classroom['Authorization']}",
        "--output",
        str(out),
        url + VIDEO,
    ]
    try:
        for _ in range(len(original) // 300_000 + 2):
            curl = await asyncio.create_subprocess_exec(*command)
            if await curl.wait() == 0:
                break
    finally:
        await proxy.stop()
    assert proxy.cuts >= 3
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(original).digest()
    # every drop costs at most the headers of one more reply, never bytes sent twice
    assert proxy.bytes_down - len(original) < 1000 * (proxy.cuts + 1)


async def test_a_video_whose_file_is_missing_gets_a_404_that_says_so_at_once(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], hub_dir: Path
) -> None:
    (hub_dir / "videos" / "science-water.mp4").unlink()
    # the timeout only keeps a hang from holding up the suite; the hub used to promise a body and stall
    timeout = aiohttp.ClientTimeout(total=20)
    for headers in ({}, {"Range": "bytes=1000-"}):
        async with http.get(hub.url + VIDEO, headers={**classroom, **headers}, timeout=timeout) as r:
            assert r.status == 404
            error = (await r.json())["error"]
            assert "its file is missing on the hub" in error["message"]
    curl = await asyncio.create_subprocess_exec(
        "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "20",
        "-H", f"Authorization: {classroom['Authorization']}", hub.url + VIDEO,
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await curl.communicate()
    assert curl.returncode == 0 and out == b"404"
    # the other videos are served as before
    async with http.get(hub.url + "/api/v1/videos/english-fruit", headers=classroom, timeout=timeout) as r:
        assert r.status == 200 and len(await r.read()) == (hub_dir / "videos" / "english-fruit.mp4").stat().st_size


@pytest.mark.parametrize(
    ("name", "media_type"),
    [("a.webm", "video/webm"), ("b.mkv", "video/x-matroska"), ("c.ts", "video/mp2t"), ("d.mp3", "audio/mpeg")]
    + [("e.m4a", "audio/mp4"), ("f.MP4", "video/mp4"), ("g.mov", "video/quicktime")],
)
async def test_each_file_is_sent_with_its_own_media_type(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], name: str, media_type: str
) -> None:
    path = hub.store.videos_dir / name
    path.write_bytes(bytes(range(256)) * 40)
    lesson = next(lesson for lesson in LESSONS if lesson["id"] == "science-water")
    hub.store.add_lesson({**lesson, "position": 1}, path, 60.0)
    entry = next(x["video"] for x in hub.store.catalog().lessons if x["id"] == "science-water")
    assert entry["mime"] == media_type
    for method in ("GET", "HEAD"):
        async with http.request(method, hub.url + VIDEO, headers=classroom) as r:
            assert r.status == 200 and r.headers["Content-Type"] == media_type
