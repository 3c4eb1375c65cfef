"""Resumable uploads at /api/v1/uploads (tus 1.0.0, core + creation + checksum), spoken by a raw aiohttp client
to a real hub: in parts, under cuts mid-PATCH (the fault proxy), across a hub restart, two teachers at once,
and every refusal with its sentence."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from hub.server import RunningHub, start_hub
from tests.fault_proxy import FaultProxy

TUS = {"Tus-Resumable": "1.0.0"}
STREAM = {"Content-Type": "application/offset+octet-stream"}
MB = 1024 * 1024


def b64(value: bytes | str) -> str:
    return base64.b64encode(value.encode() if isinstance(value, str) else value).decode()


def token(hub: RunningHub, role: str, name: str) -> dict[str, str]:
    return {"Authorization": "Bearer " + hub.store.issue_token(role, name), **TUS}


async def create(http: aiohttp.ClientSession, hub_url: str, who: dict[str, str], data: bytes) -> str:
    """POST a new upload of data; its URL."""
    meta = f"filename {b64('第一課 fractions.mp4')},sha256 {b64(hashlib.sha256(data).hexdigest())}"
    headers = {**who, "Upload-Length": str(len(data)), "Upload-Metadata": meta}
    async with http.post(f"{hub_url}/api/v1/uploads", headers=headers) as r:
        assert r.status == 201, await r.text()
        assert r.headers["Tus-Resumable"] == "1.0.0"
        return hub_url + r.headers["Location"]


async def offset(http: aiohttp.ClientSession, url: str, who: dict[str, str]) -> int:
    async with http.head(url, headers=who) as r:
        assert r.status == 200 and r.headers["Cache-Control"] == "no-store"
        return int(r.headers["Upload-Offset"])


async def patch(
    http: aiohttp.ClientSession, url: str, who: dict[str, str], at: int, body: bytes, extra: dict[str, str] | None = None
) -> aiohttp.ClientResponse:
    headers = {**who, **STREAM, "Upload-Offset": str(at), **(extra or {})}
    async with http.patch(url, headers=headers, data=body) as r:
        await r.read()
        return r


async def send_all(
    http: aiohttp.ClientSession, url: str, who: dict[str, str], data: bytes, chunk: int
) -> list[tuple[int, int]]:
    """Send data from the hub's offset in chunks, resuming after each cut; per PATCH, the bytes sent and kept."""
    sent = []
    at = await offset(http, url, who)
    while at < len(data):
        body = data[at : at + chunk]
        try:
            await patch(http, url, who, at, body)
        except aiohttp.ClientError:
            pass  # cut: ask the hub where it is
        now = await offset(http, url, who)
        sent.append((len(body), now - at))
        at = now
    return sent


def kept(hub_dir: Path, url: str) -> bytes:
    return (hub_dir / "uploads" / url.rsplit("/", 1)[1]).read_bytes()


def state(hub: RunningHub, url: str) -> str:
    return str(hub.store.db.query("select state from uploads where id = ?", [url.rsplit("/", 1)[1]])[0]["state"])


@pytest.fixture
def teacher(hub: RunningHub) -> dict[str, str]:
    """Request headers of an enrolled teacher speaking tus."""
    return token(hub, "teacher", "Ms. Lin 林老師")


@pytest.fixture
async def fresh() -> AsyncIterator[aiohttp.ClientSession]:
    """A client that opens a new connection for every request (the fault proxy counts connections)."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as session:
        yield session


async def test_an_upload_in_parts_arrives_whole_and_checked(
    hub: RunningHub, hub_dir: Path, http: aiohttp.ClientSession, teacher: dict[str, str]
) -> None:
    data = os.urandom(3 * MB + 12345)
    async with http.options(f"{hub.url}/api/v1/uploads", headers=teacher) as r:
        assert r.status == 204 and r.headers["Tus-Version"] == "1.0.0"
        assert r.headers["Tus-Extension"] == "creation,checksum"
        assert r.headers["Tus-Checksum-Algorithm"] == "sha1,sha256"
        assert r.headers["Tus-Max-Size"] == str(2 * 1024**3)
    url = await create(http, hub.url, teacher, data)
    assert await offset(http, url, teacher) == 0
    assert await send_all(http, url, teacher, data, MB) == [(MB, MB), (MB, MB), (MB, MB), (12345, 12345)]
    assert kept(hub_dir, url) == data and state(hub, url) == "complete"


async def test_a_cut_mid_patch_keeps_what_arrived_and_the_upload_resumes(
    hub: RunningHub, hub_dir: Path, fresh: aiohttp.ClientSession, teacher: dict[str, str]
) -> None:
    data = os.urandom(2 * MB)
    host, port = hub.url.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port), cut_up_after=300_000)  # every request over 300 kB is cut
    proxied = await proxy.start()
    try:
        url = await create(fresh, proxied, teacher, data)
        sent = await send_all(fresh, url, teacher, data, MB)
    finally:
        await proxy.stop()
    assert kept(hub_dir, url) == data and state(hub, url) == "complete"
    cut = sent[:-1]  # all but the last PATCH of under 300 kB
    assert proxy.cuts == len(cut) >= 6 and all(200_000 < gain < 300_000 for size, gain in cut), sent
    assert sum(size for size, gain in sent) <= len(data) + proxy.cuts * MB
