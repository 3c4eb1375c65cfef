"""The client's resumable uploader (app.uploader) against a real hub: cuts counted at the fault proxy, a
restarted hub, two teachers at once, a classroom token, a file over the hub's limit, the cap and a pause."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlite_utils
from PySide6.QtWidgets import QApplication

from app.config import Config
from app.errors import HubError
from app.hub_client import HubClient
from app.services import open_services
from app.upload_records import UploadRecord, UploadRecords
from app.uploader import Uploader
from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, UploadSettings
from media.throttle import BURST
from tests.fault_proxy import FaultProxy
from tests.waiting import until

CHUNK = 256 * 1024
FAST = (0.01, 0.02)
HEADERS = 2_000
"""Bytes of request line and headers a tus request may take at most (tokens, metadata, checksums)."""


def on_hub(hub_dir: Path, upload_id: str) -> bytes:
    return (hub_dir / "uploads" / upload_id).read_bytes()


def made(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


@pytest.fixture
async def teacher_client(hub: RunningHub) -> AsyncIterator[HubClient]:
    client = HubClient(hub.url, hub.store.issue_token("teacher", "Ms. Lin 林老師"))
    yield client
    await client.close()


async def proxied(hub: RunningHub, role: str, proxy: FaultProxy) -> HubClient:
    return HubClient(await proxy.start(), hub.store.issue_token(role, f"{role} 老師"))


async def test_an_upload_under_cuts_arrives_byte_exact_losing_at_most_a_chunk_a_cut(
    hub: RunningHub, hub_dir: Path, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = made(tmp_path, "第一課 fractions.mp4", 3 * 1024 * 1024 + 4321)
    host, port = hub.url.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port), cut_up_after=700_000)  # every connection dies after 700 kB up
    client = await proxied(hub, "teacher", proxy)
    seen: list[tuple[int, int]] = []
    try:
        uploader = Uploader(client, db, chunk_size=CHUNK, backoff=FAST)
        upload_id = await uploader.upload(path, lambda sent, total: seen.append((sent, total)))
    finally:
        await client.close()
        await proxy.stop()
    size = path.stat().st_size
    assert on_hub(hub_dir, upload_id) == path.read_bytes()
    assert proxy.cuts >= 4 and seen[-1] == (size, size)
    requests = 2 + size // CHUNK + 2 * proxy.cuts + 1  # OPTIONS, POST, each PATCH; a HEAD and a PATCH again a cut
    assert proxy.bytes_up <= size + proxy.cuts * CHUNK + requests * HEADERS
    assert UploadRecords(db).find(path) is None  # done: nothing left to resume


async def test_a_hub_restarted_mid_upload_is_resumed_from_its_offset(
    hub_dir: Path, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = made(tmp_path, "lecture.mp4", 2 * 1024 * 1024)
    first = await start_hub(hub_dir)
    port = int(first.url.rsplit(":", 1)[1])
    client = HubClient(first.url, first.store.issue_token("teacher", "Ms. Lin 林老師"))
    uploader = Uploader(client, db, bandwidth_cap=2 * 1024 * 1024, chunk_size=CHUNK, backoff=(0.05, 0.1), tries=100)
    task = asyncio.get_running_loop().create_task(uploader.upload(path))
    again: RunningHub | None = None
    try:
        uploads = hub_dir / "uploads"
        await until(lambda: any(f.stat().st_size >= CHUNK for f in uploads.iterdir()), 20, "a chunk on the hub")
        await first.stop()
        kept = max(f.stat().st_size for f in uploads.iterdir())
        sent_before = uploader.sent
        again = await start_hub(hub_dir, port=port)
        upload_id = await task
    finally:
        task.cancel()
        await client.close()
        if again is not None:
            await again.stop()
    assert on_hub(hub_dir, upload_id) == path.read_bytes()
    # the second hub got the rest and at most the chunk in flight at the stop again
    assert uploader.sent - sent_before <= path.stat().st_size - kept + 2 * CHUNK


async def test_two_teachers_upload_at_once(hub: RunningHub, hub_dir: Path, tmp_path: Path) -> None:
    files = [made(tmp_path, f"{name}.mp4", 1024 * 1024 + n) for n, name in enumerate(("lin", "chen"))]
    clients = [HubClient(hub.url, hub.store.issue_token("teacher", name)) for name in ("林老師", "陳老師")]
    dbs = [sqlite_utils.Database(tmp_path / f"classroom-{n}.db") for n in range(2)]
    try:
        ids = await asyncio.gather(
            *(Uploader(c, d, chunk_size=CHUNK).upload(f) for c, d, f in zip(clients, dbs, files, strict=True))
        )
    finally:
        for c in clients:
            await c.close()
        for d in dbs:
            d.close()
    assert [on_hub(hub_dir, i) for i in ids] == [f.read_bytes() for f in files]


async def test_a_classroom_token_is_told_why_by_the_hub(
    hub: RunningHub, client: HubClient, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    uploader = Uploader(client, db)
    with pytest.raises(HubError) as refused:
        await uploader.upload(made(tmp_path, "a.mp4", 1000))
    assert str(refused.value).startswith(f"The hub at {hub.url} refused the upload:")
    assert "needs a teacher or an admin token" in str(refused.value)
    assert uploader.sent == 0 and hub.store.db.count("uploads") == 0


async def test_a_file_over_the_hubs_limit_is_said_before_a_byte_is_sent(
    hub_dir: Path, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    small = await start_hub(hub_dir, settings=HubServerSettings(uploads=UploadSettings(max_size=500_000)))
    client = HubClient(small.url, small.store.issue_token("teacher", "Ms. Lin 林老師"))
    uploader = Uploader(client, db)
    try:
        with pytest.raises(HubError) as refused:
            await uploader.upload(made(tmp_path, "phone video.mov", 600_000))
        assert str(refused.value) == (
            f"phone video.mov has 600,000 bytes; the hub at {small.url} takes uploads of up to 500,000 bytes."
            " Shorten or compress the video, or ask the hub's administrator."
        )
        assert uploader.sent == 0 and small.store.db.count("uploads") == 0
    finally:
        await client.close()
        await small.stop()


async def test_a_file_changed_on_disk_or_lost_by_the_hub_starts_over_and_says_so(
    hub: RunningHub,
    hub_dir: Path,
    teacher_client: HubClient,
    db: sqlite_utils.Database,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = made(tmp_path, "lesson.mp4", 1024 * 1024)
    uploader = Uploader(teacher_client, db, chunk_size=CHUNK, bandwidth_cap=1024 * 1024)
    task = asyncio.get_running_loop().create_task(uploader.upload(path))
    await until(lambda: uploader.sent >= CHUNK, 10, "a chunk sent")
    task.cancel()  # the client closed mid-upload
    await asyncio.gather(task, return_exceptions=True)
    first = UploadRecords(db).find(path)
    assert first is not None
    path.write_bytes(os.urandom(1024 * 1024))  # the teacher saved another version
    caplog.set_level(logging.WARNING, "app.uploader")
    changed = await Uploader(teacher_client, db, chunk_size=CHUNK).upload(path)
    assert on_hub(hub_dir, changed) == path.read_bytes() and changed != first.url.rsplit("/", 1)[1]
    assert "the file changed on disk; starting over" in caplog.text
    stat = path.stat()  # as if the upload of this version had begun at an upload the hub has since lost
    UploadRecords(db).keep(UploadRecord(str(path.resolve()), stat.st_size, stat.st_mtime_ns, "0" * 64, first.url))
    hub.store.db.execute("delete from uploads where id = ?", [first.url.rsplit("/", 1)[1]])
    caplog.clear()
    lost = await Uploader(teacher_client, db, chunk_size=CHUNK).upload(path)
    assert on_hub(hub_dir, lost) == path.read_bytes()
    assert "the hub no longer has it; starting over" in caplog.text


async def test_the_cap_holds_and_a_pause_holds_the_upload(
    hub: RunningHub, hub_dir: Path, teacher_client: HubClient, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = made(tmp_path, "lesson.mp4", 600_000)
    cap = 1_000_000
    uploader = Uploader(teacher_client, db, bandwidth_cap=cap, chunk_size=CHUNK)
    uploader.pause()
    task = asyncio.get_running_loop().create_task(uploader.upload(path))
    await asyncio.sleep(0.3)
    assert uploader.paused and uploader.sent == 0 and not task.done()
    start = time.monotonic()
    uploader.resume()
    upload_id = await task
    elapsed = time.monotonic() - start
    assert on_hub(hub_dir, upload_id) == path.read_bytes()
    # a lower bound only: the bucket cannot let bytes through faster than the cap plus one burst
    assert elapsed >= 0.9 * (uploader.sent - BURST) / cap


async def test_a_live_lesson_holds_uploads_until_it_ends(
    hub: RunningHub, hub_dir: Path, tmp_path: Path, qapp: QApplication
) -> None:
    path = made(tmp_path, "lesson.mp4", 300_000)
    services = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("teacher", "Ms. Lin 林老師"))
    try:
        services.live.start()
        task = asyncio.get_running_loop().create_task(services.uploads.upload(path))
        await asyncio.sleep(0.3)
        assert services.uploads.sent == 0 and not task.done()
        await services.live.close()
        assert on_hub(hub_dir, await task) == path.read_bytes()
    finally:
        await services.stop()


async def test_an_upload_begun_with_another_teachers_token_starts_over_with_this_one(
    hub: RunningHub, hub_dir: Path, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = made(tmp_path, "lesson.mp4", 600_000)
    before = HubClient(hub.url, hub.store.issue_token("teacher", "Ms. Lin 林老師"))
    uploader = Uploader(before, db, chunk_size=CHUNK, bandwidth_cap=1024 * 1024)
    task = asyncio.get_running_loop().create_task(uploader.upload(path))
    await until(lambda: uploader.sent >= CHUNK, 10, "a chunk sent")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await before.close()
    now = HubClient(hub.url, hub.store.issue_token("teacher", "Mr. Chen 陳老師"))  # IT gave this PC a new token
    try:
        upload_id = await Uploader(now, db, chunk_size=CHUNK).upload(path)
    finally:
        await now.close()
    assert on_hub(hub_dir, upload_id) == path.read_bytes()
    owner = hub.store.db.query("select owner_name from uploads where id = ?", [upload_id])
    assert [row["owner_name"] for row in owner] == ["Mr. Chen 陳老師"]


async def test_a_hub_whose_disk_cannot_hold_the_file_says_so_at_once(
    tiny_disk: Path, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    small = await start_hub(tiny_disk / "hub")  # a 2 MiB disk
    client = HubClient(small.url, small.store.issue_token("teacher", "Ms. Lin 林老師"))
    uploader = Uploader(client, db, backoff=FAST)
    try:
        with pytest.raises(HubError) as refused:  # not "cannot reach the hub", tried again and again
            await uploader.upload(made(tmp_path, "phone video.mov", 3 * 1024 * 1024))
        assert str(refused.value).startswith(f"The hub at {small.url} refused the upload: The hub's disk has ")
        assert "Ask the hub's administrator to free space" in str(refused.value)
        assert uploader.sent == 0
    finally:
        await client.close()
        await small.stop()
