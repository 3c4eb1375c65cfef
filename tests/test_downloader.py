"""The downloader against a real hub on loopback, through a proxy that cuts, stalls and damages."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import av
import pytest

from app.hub_client import HubClient
from hub.server import RunningHub, start_hub
from media.cache import Cache
from media.cache_reader import CacheReader
from media.downloader import Downloader
from media.partial_reader import PartialReader
from media.retry import Retry
from media.throttle import BURST, seconds_until_open
from media.video_state import CatalogVideo, VideoState, VideoStatus
from protocol.http.catalog import VideoChunks
from tests.conftest import new_version
from tests.fault_proxy import FaultProxy

# retries quickly, so drops cost the tests little time
FAST = Retry(first=0.01, most=0.05, tries=4, bad_chunks=3, read_timeout=0.5)


def on_pc(cache: Cache, video_id: str) -> bytes:
    with CacheReader(cache.path, video_id) as reader:
        return reader.read()


@pytest.fixture
async def proxied(hub: RunningHub, classroom: dict[str, str]) -> AsyncIterator[tuple[HubClient, FaultProxy]]:
    """A hub client whose connections go through a FaultProxy (faults set by the test)."""
    host, port = hub.url.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port))
    hub_client = HubClient(await proxy.start(), classroom["Authorization"].removeprefix("Bearer "))
    yield hub_client, proxy
    await hub_client.close()
    await proxy.stop()


async def test_downloads_through_repeated_drops_equal_the_hub_files(
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
) -> None:
    client, proxy = proxied
    proxy.cut_after = 300_000  # a bit more than one 256 KiB chunk per connection
    downloader = Downloader(cache, client, retry=FAST)
    summary = await downloader.download_all(videos)
    assert summary.ok and summary.ready == [v.id for v in videos]
    total = sum(v.size for v in videos)
    assert proxy.cuts >= 10
    for video in videos:
        assert on_pc(cache, video.id) == originals[video.id]
    # each drop costs at most the chunk in flight (plus one reply's headers)
    assert summary.fetched - total <= proxy.cuts * videos[0].chunk_size
    assert proxy.bytes_down - total <= proxy.cuts * (videos[0].chunk_size + 1000)


async def test_a_stalled_connection_is_dropped_and_the_download_resumes(
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
) -> None:
    client, proxy = proxied
    proxy.stall_after, proxy.faulty = 400_000, 2
    video = videos[0]
    status = await Downloader(cache, client, retry=FAST).download(video)
    assert status.state is VideoState.READY
    assert proxy.stalls == 2
    assert on_pc(cache, video.id) == originals[video.id]


async def test_a_damaged_chunk_is_fetched_again_and_never_kept(
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
) -> None:
    client, proxy = proxied
    proxy.flip_at, proxy.faulty = 600_000, 1  # inside the third chunk of the first reply
    video = videos[0]
    downloader = Downloader(cache, client, retry=FAST)
    seen: list[VideoStatus] = []
    downloader.progress = seen.append
    status = await downloader.download(video)
    assert proxy.flips == 1 and status.state is VideoState.READY
    assert on_pc(cache, video.id) == originals[video.id]
    assert downloader.fetched <= video.size + video.chunk_size
    assert [s.verified for s in seen][:3] == [video.chunk_size, 2 * video.chunk_size, 3 * video.chunk_size]


async def test_a_hub_that_keeps_sending_bad_bytes_fails_the_video_with_a_reason(
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
) -> None:
    client, proxy = proxied
    proxy.flip_at = 5_000  # in the first chunk of every reply
    downloader = Downloader(cache, client, retry=FAST)
    summary = await downloader.download_all(videos[:2])
    assert list(summary.failed) == [videos[0].id, videos[1].id] and not summary.stopped
    assert "does not match the catalog (3 tries)" in summary.failed[videos[0].id]
    status = cache.status(videos[0].id)
    assert status is not None and status.state is VideoState.FAILED and status.verified == 0
    assert proxy.connections == 6  # three tries per video, then it gives up: no loop


async def test_a_video_changed_on_the_hub_restarts_cleanly_instead_of_mixing_versions(
    hub: RunningHub,
    cache: Cache,
    client: HubClient,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
    caplog: pytest.LogCaptureFixture,
) -> None:
    old = videos[2]
    cut_client, proxy = proxied
    proxy.cut_after = 600_000  # two chunks, then the link is down for this pass
    status = await Downloader(cache, cut_client, retry=Retry(first=0.01, tries=1, broken=1)).download_all([old])
    assert cache.status(old.id).verified == 2 * old.chunk_size  # type: ignore[union-attr]
    # the hub gets a new version of the video under the same id
    new = new_version(hub.store, old)  # a new version, a new ETag
    # resuming with the old catalog: If-Range no longer matches, the old chunks go, none mix in
    with caplog.at_level(logging.INFO, logger="media.downloader"):
        status = await Downloader(cache, client, retry=FAST).download(old)
    assert "the hub sent it whole (a new version); starting over" in caplog.text
    assert status.state is VideoState.FAILED and status.verified == 0
    # with the new catalog it downloads whole, byte for byte the new file
    status = await Downloader(cache, client, retry=FAST).download(new)
    assert status.state is VideoState.READY
    assert on_pc(cache, old.id) == (hub.store.videos_dir / f"{old.id}.mp4").read_bytes() == originals["english-fruit"]


async def test_a_hub_restart_mid_download_is_ridden_out(
    hub_dir: Path, classroom: dict[str, str], cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    running = await start_hub(hub_dir)
    port = int(running.url.rsplit(":", 1)[1])
    token = running.store.issue_token("classroom", "restart test")
    client = HubClient(running.url, token)
    restarted = asyncio.Event()

    async def restart() -> None:
        nonlocal running
        await running.stop()
        await asyncio.sleep(0.2)  # the downloader meets a refused connection meanwhile
        running = await start_hub(hub_dir, port=port)
        restarted.set()

    tasks = []

    def on_progress(status: VideoStatus) -> None:
        if status.verified == 2 * videos[0].chunk_size and not tasks:
            tasks.append(asyncio.get_running_loop().create_task(restart()))

    # capped, so that the restart lands mid-video
    downloader = Downloader(
        cache, client, bandwidth_cap=2_000_000, retry=Retry(first=0.1, most=0.5, tries=20), progress=on_progress
    )
    try:
        summary = await downloader.download_all(videos[:1])
        assert restarted.is_set()
        assert summary.ok
        assert on_pc(cache, videos[0].id) == originals[videos[0].id]
    finally:
        await asyncio.gather(*tasks)
        await client.close()
        await running.stop()


async def test_a_video_plays_while_it_downloads(
    cache: Cache, client: HubClient, videos: list[CatalogVideo], hub_dir: Path
) -> None:
    video = videos[2]
    with av.open(str(hub_dir / "videos" / f"{video.id}.mp4")) as plain:
        expected = sum(1 for _ in plain.decode(video=0))
    cache.track(video)
    reader = cache.reader(video.id)
    seen_at_open: list[int] = []

    def play() -> int:
        """Decode every frame, waiting at the edge of what is verified (a player's decode thread)."""
        seen_at_open.append(reader.available)
        with av.open(PartialReader(reader, reader)) as container:
            return sum(1 for _ in container.decode(video=0))

    # capped so that the player starts with little of the video there
    downloading = asyncio.get_running_loop().create_task(
        Downloader(cache, client, bandwidth_cap=2_000_000).download(video)
    )
    try:
        decoded = await asyncio.to_thread(play)
    finally:
        reader.close()
    assert (await downloading).state is VideoState.READY
    assert seen_at_open[0] < video.size and decoded == expected


async def test_the_bandwidth_cap_holds_the_average_rate_down(
    cache: Cache, client: HubClient, videos: list[CatalogVideo]
) -> None:
    cap = 4_000_000
    downloader = Downloader(cache, client, bandwidth_cap=cap)
    start = time.monotonic()
    summary = await downloader.download_all(videos[:1])
    elapsed = time.monotonic() - start
    assert summary.ok
    # a lower bound only: the bucket cannot let bytes through faster than the cap plus one burst
    assert elapsed >= 0.9 * (summary.fetched - BURST) / cap


async def test_pause_holds_downloads_and_resume_finishes_them(
    cache: Cache, client: HubClient, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    downloader = Downloader(cache, client)
    downloader.pause()
    task = asyncio.get_running_loop().create_task(downloader.download_all(videos[:1]))
    await asyncio.sleep(0.3)
    assert downloader.paused and downloader.fetched == 0 and not task.done()
    downloader.resume()
    summary = await task
    assert summary.ok and on_pc(cache, videos[0].id) == originals[videos[0].id]


def test_the_download_window_may_cross_midnight() -> None:
    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 11, 25, hour, minute)

    assert seconds_until_open("", at(12)) == 0
    assert seconds_until_open("18:00-07:00", at(18)) == 0
    assert seconds_until_open("18:00-07:00", at(2)) == 0
    assert seconds_until_open("18:00-07:00", at(6, 59)) == 0
    assert seconds_until_open("18:00-07:00", at(7)) == 11 * 3600
    assert seconds_until_open("18:00-07:00", at(17, 30)) == 1800
    assert seconds_until_open("09:00-17:00", at(8)) == 3600
    assert seconds_until_open("09:00-17:00", at(17)) == 16 * 3600


async def test_outside_the_window_a_pass_downloads_nothing_and_says_when(
    cache: Cache, client: HubClient, videos: list[CatalogVideo]
) -> None:
    noon = datetime(2026, 11, 25, 12, 0)
    downloader = Downloader(cache, client, window="18:00-07:00", clock=lambda: noon)
    summary = await downloader.download_all(videos)
    assert downloader.fetched == 0 and summary.waiting == [v.id for v in videos]
    assert "18:00\u201307:00" in summary.stopped and not summary.ok


async def test_a_video_larger_than_the_quota_fails_with_a_reason(
    tmp_path: Path, client: HubClient, videos: list[CatalogVideo]
) -> None:
    small = Cache(tmp_path / "small.db", quota=videos[0].size - 1)
    try:
        summary = await Downloader(small, client).download_all(videos[:1])
        assert "No room for this video (1.6\u00a0MB)" in summary.failed[videos[0].id]
        assert small.usage() == 0
    finally:
        small.close()


async def test_a_pass_never_evicts_what_it_has_just_downloaded(
    tmp_path: Path, client: HubClient, videos: list[CatalogVideo]
) -> None:
    small = Cache(tmp_path / "small.db", quota=videos[0].size + videos[1].size)
    try:
        summary = await Downloader(small, client).download_all(videos)
        assert summary.ready == [videos[0].id, videos[1].id]
        assert "No room for this video" in summary.failed[videos[2].id]
    finally:
        small.close()


async def test_an_unreachable_hub_ends_the_pass_with_the_reason_and_keeps_what_was_verified(
    cache: Cache,
    videos: list[CatalogVideo],
    proxied: tuple[HubClient, FaultProxy],
) -> None:
    client, proxy = proxied
    proxy.cut_after = 0  # nothing gets through
    summary = await Downloader(cache, client, retry=FAST).download_all(videos)
    assert "broke off" in summary.stopped
    assert summary.waiting == [v.id for v in videos]
    status = cache.status(videos[0].id)
    assert status is not None and status.state is VideoState.FAILED and "broke off" in status.reason
    assert proxy.connections == 2 * FAST.tries  # aiohttp itself retries a GET once on a dropped connection


async def test_a_full_disk_ends_the_pass_with_a_clear_message_and_a_whole_cache(
    tiny_disk: Path,
    client: HubClient,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
) -> None:
    cache = Cache(tiny_disk / "cache.db", quota=10**9)
    try:
        summary = await Downloader(cache, client, retry=FAST).download_all(videos)
        partial = cache.status(videos[1].id)
    finally:
        cache.close()
    assert "The disk holding the video cache" in summary.stopped and "is full" in summary.stopped
    assert summary.ready == [videos[0].id] and summary.waiting == [videos[1].id, videos[2].id]
    assert partial is not None and 0 < partial.verified < videos[1].size
    with sqlite3.connect(tiny_disk / "cache.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert on_pc(cache, videos[0].id) == originals[videos[0].id]
    assert on_pc(cache, videos[1].id) == originals[videos[1].id][: partial.verified]


async def test_a_refused_token_ends_the_pass(hub: RunningHub, cache: Cache, videos: list[CatalogVideo]) -> None:
    client = HubClient(hub.url, "not-a-token")
    try:
        summary = await Downloader(cache, client, retry=FAST).download_all(videos)
    finally:
        await client.close()
    assert "does not accept this PC's token" in summary.stopped and len(summary.waiting) == 3


async def test_a_video_missing_on_the_hub_is_reported_and_the_others_download(
    hub: RunningHub, cache: Cache, client: HubClient, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    missing = videos[0]
    (hub.store.videos_dir / f"{missing.id}.mp4").unlink()
    summary = await Downloader(cache, client, retry=FAST).download_all(videos)
    assert summary.ready == [v.id for v in videos[1:]] and not summary.stopped and not summary.waiting
    assert list(summary.failed) == [missing.id]
    assert "The hub does not have this video's file" in summary.failed[missing.id]
    for video in videos[1:]:
        assert on_pc(cache, video.id) == originals[video.id]
    # put back, it comes with the next pass
    (hub.store.videos_dir / f"{missing.id}.mp4").write_bytes(originals[missing.id])
    again = await Downloader(cache, client, retry=FAST).download_all(videos)
    assert again.ok and on_pc(cache, missing.id) == originals[missing.id]


async def test_a_video_whose_answers_break_off_is_set_aside_for_the_next_pass(
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
) -> None:
    client, proxy = proxied
    proxy.stall_after, proxy.faulty = 5_000, 2  # the headers and a little body, then silence
    summary = await Downloader(cache, client, retry=FAST).download_all(videos)
    assert proxy.stalls == 2
    assert summary.ready == [v.id for v in videos[1:]] and not summary.stopped
    assert list(summary.failed) == [videos[0].id]
    assert "2 times in a row with this video alone" in summary.failed[videos[0].id]
    again = await Downloader(cache, client, retry=FAST).download_all(videos)
    assert again.ok and on_pc(cache, videos[0].id) == originals[videos[0].id]


def as_catalogued(hub: RunningHub) -> CatalogVideo:
    """The first video as a hub of today catalogues it: without its chunk hashes."""
    video = next(CatalogVideo.from_catalog(entry["video"]) for entry in hub.store.catalog().lessons if "video" in entry)
    assert video.chunks == ()
    return video


def counted(client: HubClient, monkeypatch: pytest.MonkeyPatch, damage: bool = False) -> list[str]:
    """The ids whose chunk list the client fetches from now on (with its last hash dropped when damage)."""
    asked: list[str] = []
    fetch = client.video_chunks

    async def video_chunks(video_id: str) -> VideoChunks | None:
        asked.append(video_id)
        found = await fetch(video_id)
        return dataclasses.replace(found, chunks=found.chunks[:-1]) if damage and found else found

    monkeypatch.setattr(client, "video_chunks", video_chunks)
    return asked


async def test_the_chunk_list_is_fetched_once_as_a_video_starts_and_still_refuses_a_damaged_chunk(
    hub: RunningHub,
    cache: Cache,
    originals: dict[str, bytes],
    proxied: tuple[HubClient, FaultProxy],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client, proxy = proxied
    asked = counted(client, monkeypatch)
    proxy.flip_at, proxy.faulty = 600_000, 2  # inside the third chunk of the video's first reply
    video = as_catalogued(hub)
    downloader = Downloader(cache, client, retry=FAST)
    status = await downloader.download(video)
    assert proxy.flips >= 1 and status.state is VideoState.READY and asked == [video.id]
    assert on_pc(cache, video.id) == originals[video.id]
    assert cache.remove(video.id) and (await downloader.download(video)).state is VideoState.READY
    assert asked == [video.id]  # kept in cache.db with the video: not fetched again for the same version


async def test_a_chunk_list_that_does_not_cover_the_video_is_not_kept_and_the_video_fails(
    hub: RunningHub, cache: Cache, client: HubClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = counted(client, monkeypatch, damage=True)
    video = as_catalogued(hub)
    status = await Downloader(cache, client, retry=FAST).download(video)
    assert status.state is VideoState.FAILED and status.verified == 0 and len(asked) == FAST.bad_chunks
    assert "does not match the catalog" in status.reason and cache.lacks_chunks(video.id)
