"""Resumable uploads at /api/v1/uploads (tus 1.0.0, core + creation + checksum), spoken by a raw aiohttp client
to a real hub: in parts, under cuts mid-PATCH (the fault proxy), across a hub restart, two teachers at once,
and every refusal with its sentence."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, StoreSettings
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
    http: aiohttp.ClientSession,
    url: str,
    who: dict[str, str],
    at: int,
    body: bytes,
    extra: dict[str, str] | None = None,
) -> aiohttp.ClientResponse:
    headers = {**who, **STREAM, "Upload-Offset": str(at), **(extra or {})}
    async with http.patch(url, headers=headers, data=body) as r:
        await r.read()
        return r


async def send_all(
    http: aiohttp.ClientSession, url: str, who: dict[str, str], data: bytes, chunk: int
) -> list[tuple[int, int]]:
    """Send data from the hub's offset in chunks, resuming after each cut; per PATCH, the bytes sent and kept."""
    sent: list[tuple[int, int]] = []
    at = await offset(http, url, who)
    while at < len(data):
        assert len(sent) < 30, f"the upload does not get on: {sent}"
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


@pytest.mark.both_databases
async def test_a_restarted_hub_resumes_from_what_is_on_disk(
    hub_dir: Path, hub_db: str, http: aiohttp.ClientSession
) -> None:
    data = os.urandom(3 * MB)
    settings = HubServerSettings(store=StoreSettings(hub_db))
    first = await start_hub(hub_dir, settings=settings)
    try:
        teacher = token(first, "teacher", "Ms. Lin 林老師")
        url = await create(http, first.url, teacher, data)
        assert (await patch(http, url, teacher, 0, data[: 2 * MB])).status == 204
    finally:
        await first.stop()
    again = await start_hub(hub_dir, settings=settings)
    try:
        url = again.url + "/api/v1/uploads/" + url.rsplit("/", 1)[1]
        assert await offset(http, url, teacher) == 2 * MB
        assert await send_all(http, url, teacher, data, MB) == [(MB, MB)]  # hashed on disk again: sha256 matches
        assert kept(hub_dir, url) == data and state(again, url) == "complete"
    finally:
        await again.stop()


async def test_two_teachers_upload_at_once_and_neither_may_touch_the_others(
    hub: RunningHub, hub_dir: Path, http: aiohttp.ClientSession, teacher: dict[str, str]
) -> None:
    other = token(hub, "teacher", "Mr. Chen 陳老師")
    mine, theirs = os.urandom(2 * MB), os.urandom(2 * MB + 1)
    urls = [await create(http, hub.url, who, data) for who, data in ((teacher, mine), (other, theirs))]
    await asyncio.gather(send_all(http, urls[0], teacher, mine, 256 * 1024), send_all(http, urls[1], other, theirs, MB))
    assert kept(hub_dir, urls[0]) == mine and kept(hub_dir, urls[1]) == theirs
    async with http.head(urls[0], headers=other) as r:
        assert r.status == 403
    r = await patch(http, urls[0], other, 0, b"x")
    assert r.status == 403
    async with http.patch(urls[0], headers={**other, **STREAM, "Upload-Offset": "0"}, data=b"x") as r:
        assert "belongs to another teacher" in (await r.json())["error"]["message"]


async def test_each_refusal_says_why_and_keeps_the_upload_as_it_was(
    hub: RunningHub, hub_dir: Path, http: aiohttp.ClientSession, teacher: dict[str, str]
) -> None:
    async def said(r: aiohttp.ClientResponse) -> str:
        return str((await r.json())["error"]["message"])

    uploads = f"{hub.url}/api/v1/uploads"
    sha = b64("0" * 64)
    async with http.post(
        uploads,
        headers={
            **teacher,
            "Upload-Length": str(3 * 1024**3),
            "Upload-Metadata": f"filename {b64('a.mp4')},sha256 {sha}",
        },
    ) as r:
        assert r.status == 413 and "takes uploads of up to 2,147,483,648 bytes" in await said(r)
    lower = {"upload-length": "3", "upload-metadata": f"filename {b64('a.mp4')},sha256 {sha}"}  # as HTTP/2 has them
    async with http.post(uploads, headers={**teacher, **lower}) as r:
        assert r.status == 201
    for headers, words in (
        ({"Upload-Metadata": f"filename {b64('a.mp4')},sha256 {sha}"}, "Upload-Length is missing"),
        ({"Upload-Length": "-1", "Upload-Metadata": f"filename {b64('a.mp4')},sha256 {sha}"}, "whole number"),
        ({"Upload-Length": "10", "Upload-Metadata": f"filename {b64('a.mp4')}"}, "needs sha256"),
    ):
        async with http.post(uploads, headers={**teacher, **headers}) as r:
            assert r.status == 400 and words in await said(r)
    async with http.post(uploads, headers={"Authorization": teacher["Authorization"], "Upload-Length": "10"}) as r:
        assert r.status == 412 and r.headers["Tus-Version"] == "1.0.0"
    data = os.urandom(MB)
    url = await create(http, hub.url, teacher, data)
    assert (await patch(http, url, teacher, 0, data[:1000])).status == 204
    r = await patch(http, url, teacher, 0, data[:1000])
    assert r.status == 409 and r.headers["Upload-Offset"] == "1000"
    wrong = {"Upload-Checksum": "sha256 " + b64(hashlib.sha256(b"other").digest())}
    assert (await patch(http, url, teacher, 1000, data[1000:5000], wrong)).status == 460
    assert await offset(http, url, teacher) == 1000  # the body was discarded
    for name in ("sha1", "sha256"):
        at = await offset(http, url, teacher)
        right = {"Upload-Checksum": f"{name} " + b64(hashlib.new(name, data[at : at + 4000]).digest())}
        assert (await patch(http, url, teacher, at, data[at : at + 4000], right)).status == 204
    async with http.patch(url, headers={**teacher, "Upload-Offset": "9000"}, data=b"x") as r:
        assert r.status == 415
    damaged = data[:-1] + bytes([data[-1] ^ 1])
    async with http.patch(url, headers={**teacher, **STREAM, "Upload-Offset": "9000"}, data=damaged[9000:]) as r:
        assert r.status == 460 and "has discarded it" in await said(r)
    async with http.head(url, headers=teacher) as r:
        assert r.status == 410
    assert not (hub_dir / "uploads" / url.rsplit("/", 1)[1]).exists() and state(hub, url) == "failed"


async def test_only_teacher_and_admin_tokens_upload(
    hub: RunningHub, hub_dir: Path, http: aiohttp.ClientSession, teacher: dict[str, str]
) -> None:
    data = os.urandom(100_000)
    url = await create(http, hub.url, teacher, data)
    classroom = token(hub, "classroom", "Lanyu Elementary, grade 3")
    uploads = f"{hub.url}/api/v1/uploads"
    for method, where in (("OPTIONS", uploads), ("POST", uploads), ("OPTIONS", url), ("HEAD", url), ("PATCH", url)):
        async with http.request(method, where, headers={**classroom, **STREAM, "Upload-Offset": "0"}) as r:
            assert r.status == 403 and r.headers["Tus-Resumable"] == "1.0.0", method
            if method != "HEAD":
                assert "needs a teacher or an admin token" in (await r.json())["error"]["message"]
        async with http.request(method, where, headers=TUS) as r:
            assert r.status == 401, method
    admin = token(hub, "admin", "District office")
    assert await send_all(http, url, admin, data, MB) == [(100_000, 100_000)]  # an admin may finish a teacher's
    assert kept(hub_dir, url) == data
    own = await create(http, hub.url, admin, data)
    assert await send_all(http, own, admin, data, MB) == [(100_000, 100_000)] and state(hub, own) == "complete"


async def test_a_full_disk_is_said_before_the_upload_and_one_filling_up_keeps_what_arrived(
    tiny_disk: Path, http: aiohttp.ClientSession
) -> None:
    small = await start_hub(tiny_disk / "hub")  # a 2 MiB disk
    try:
        teacher = token(small, "teacher", "Ms. Lin 林老師")
        meta = f"filename {b64('big.mp4')},sha256 {b64('0' * 64)}"
        headers = {**teacher, "Upload-Length": str(3 * MB), "Upload-Metadata": meta}
        async with http.post(f"{small.url}/api/v1/uploads", headers=headers) as r:
            assert r.status == 507
            said = (await r.json())["error"]["message"]
            assert said.startswith("The hub's disk has ") and "bytes free; this file needs 6,291,456" in said
        assert not any((tiny_disk / "hub" / "uploads").iterdir())

        data = os.urandom(500_000)
        url = await create(http, small.url, teacher, data)
        filler = tiny_disk / "filler"
        with filler.open("wb") as f:  # someone else fills the disk, all but 100 kB
            f.write(b"\0" * (shutil.disk_usage(tiny_disk).free - 100_000))
        r = await patch(http, url, teacher, 0, data)
        assert r.status == 507
        arrived = await offset(http, url, teacher)
        assert 0 < arrived < len(data) and kept(tiny_disk / "hub", url) == data[:arrived]
        filler.unlink()
        assert await send_all(http, url, teacher, data, MB) == [(len(data) - arrived, len(data) - arrived)]
        assert kept(tiny_disk / "hub", url) == data and state(small, url) == "complete"
    finally:
        await small.stop()


async def test_an_upload_left_for_a_week_is_removed_and_its_teacher_told(
    hub_dir: Path, http: aiohttp.ClientSession
) -> None:
    data = os.urandom(MB)
    first = await start_hub(hub_dir)
    try:
        teacher = token(first, "teacher", "Ms. Lin 林老師")
        old, recent = [await create(http, first.url, teacher, data) for _ in range(2)]
        for url in (old, recent):
            assert (await patch(http, url, teacher, 0, data[:1000])).status == 204
    finally:
        await first.stop()
    week_ago = time.time() - 8 * 86400
    os.utime(hub_dir / "uploads" / old.rsplit("/", 1)[1], (week_ago, week_ago))
    again = await start_hub(hub_dir)  # the sweep runs as the hub starts
    try:
        old, recent = (again.url + "/api/v1/uploads/" + url.rsplit("/", 1)[1] for url in (old, recent))
        async with http.head(old, headers=teacher) as r:
            assert r.status == 410
        async with http.patch(old, headers={**teacher, **STREAM, "Upload-Offset": "1000"}, data=b"x") as r:
            assert r.status == 410
            assert "Nothing arrived for 7 days" in (await r.json())["error"]["message"]
        assert not (hub_dir / "uploads" / old.rsplit("/", 1)[1]).exists()
        assert await offset(http, recent, teacher) == 1000
    finally:
        await again.stop()
