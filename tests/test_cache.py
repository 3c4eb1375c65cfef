"""cache.db: only verified chunks are kept, state per video, quota and eviction, a full disk."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from media.cache import Cache
from media.cache_reader import CacheReader, file_sha256
from media.video_state import CatalogVideo, VideoState

ROOT = Path(__file__).resolve().parent.parent


def fill(cache: Cache, video: CatalogVideo, data: bytes, chunks: int | None = None) -> None:
    """Put a video's first chunks (all by default) into the cache as the downloader would; keeps what is there."""
    first = cache.track(video).verified // video.chunk_size
    count = len(video.chunks) if chunks is None else chunks
    for index in range(first, count):
        start = index * video.chunk_size
        assert cache.put_chunk(video.id, index, data[start : start + video.chunk_size], '"v1"')
    if chunks is None:
        cache.finish(video.id, file_sha256(cache.path, video.id))


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_only_chunks_matching_the_catalog_are_kept_in_order(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    video = videos[0]
    data = originals[video.id]
    assert cache.track(video).state is VideoState.REMOTE
    damaged = bytearray(data[: video.chunk_size])
    damaged[1000] ^= 1
    assert not cache.put_chunk(video.id, 0, bytes(damaged), None)
    assert not cache.put_chunk(video.id, 0, data[: video.chunk_size - 1], None)
    assert cache.status(video.id).verified == 0  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        cache.put_chunk(video.id, 1, data[video.chunk_size : 2 * video.chunk_size], None)
    assert cache.put_chunk(video.id, 0, data[: video.chunk_size], '"e"')
    status = cache.status(video.id)
    assert status is not None and status.state is VideoState.DOWNLOADING
    assert (status.verified, status.etag) == (video.chunk_size, '"e"')
    fill(cache, video, data)
    assert cache.status(video.id).state is VideoState.READY  # type: ignore[union-attr]
    assert cache.usage() == len(data)


def test_a_whole_file_mismatch_drops_the_video_with_a_reason(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    video = videos[0]
    fill(cache, video, originals[video.id], chunks=len(video.chunks))
    status = cache.finish(video.id, "0" * 64)
    assert status.state is VideoState.FAILED and status.verified == 0
    assert "did not match its checksum" in status.reason
    assert cache.usage() == 0


def test_a_new_version_in_the_catalog_drops_the_old_chunks(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    video = videos[0]
    fill(cache, video, originals[video.id])
    cache.track(video)  # the same version: kept
    assert cache.status(video.id).state is VideoState.READY  # type: ignore[union-attr]
    changed = CatalogVideo(video.id, video.url, video.size, "f" * 64, video.chunk_size, video.chunks)
    status = cache.track(changed)
    assert (status.state, status.verified, cache.usage()) == (VideoState.REMOTE, 0, 0)


def three_videos(tmp_path: Path, videos: list[CatalogVideo], originals: dict[str, bytes], quota: int) -> Cache:
    """A cache holding all three demo videos, watched at times 100 (first), 300, 200 (last)."""
    cache = Cache(tmp_path / "quota.db", quota)
    for video, watched in zip(videos, (100.0, 300.0, 200.0), strict=True):
        fill(cache, video, originals[video.id])
        cache.mark_watched(video.id, watched)
    return cache


@pytest.fixture
def full(tmp_path: Path, videos: list[CatalogVideo], originals: dict[str, bytes]) -> Iterator[Cache]:
    """Three videos in a cache whose quota they fill; a fourth (a copy of the first) waits."""
    quota = sum(v.size for v in videos)
    cache = three_videos(tmp_path, videos, originals, quota)
    yield cache
    cache.close()


def newcomer(video: CatalogVideo) -> CatalogVideo:
    return CatalogVideo("newcomer", video.url, video.size, video.sha256, video.chunk_size, video.chunks)


def test_eviction_takes_the_least_recently_watched_first(full: Cache, videos: list[CatalogVideo]) -> None:
    english, math, science = (v.id for v in videos)
    new = newcomer(videos[2])
    full.track(new)
    assert full.make_room(new.id)
    assert full.status(english).state is VideoState.REMOTE  # type: ignore[union-attr]  # watched at 100
    assert {full.status(i).state for i in (math, science)} == {VideoState.READY}  # type: ignore[union-attr]
    assert full.usage() + new.size <= full.quota


def test_pinned_and_open_videos_are_never_evicted(full: Cache, videos: list[CatalogVideo]) -> None:
    english, math, science = (v.id for v in videos)
    full.pin(english)
    new = newcomer(videos[2])
    full.track(new)
    with CacheReader(full.path, science):  # being played
        assert full.make_room(new.id)
    assert full.status(math).state is VideoState.REMOTE  # type: ignore[union-attr]
    assert full.status(english).state is VideoState.READY  # type: ignore[union-attr]
    assert full.status(science).state is VideoState.READY  # type: ignore[union-attr]


def test_when_eviction_cannot_make_room_nothing_is_evicted_and_the_video_fails(
    full: Cache, videos: list[CatalogVideo]
) -> None:
    for video in videos[:2]:
        full.pin(video.id)
    big = CatalogVideo("big", videos[0].url, full.quota, "0" * 64, videos[0].chunk_size, videos[0].chunks)
    full.track(big)
    with CacheReader(full.path, videos[2].id):
        assert not full.make_room(big.id)
    assert {s.state for s in full.statuses() if s.id != "big"} == {VideoState.READY}
    status = full.status("big")
    assert status is not None and status.state is VideoState.FAILED
    assert "No room for this video" in status.reason and "MB" in status.reason


def test_a_reader_in_another_process_protects_its_video_until_that_process_dies(
    full: Cache, videos: list[CatalogVideo]
) -> None:
    english = videos[0].id
    for video in videos[1:]:
        full.pin(video.id)
    player = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from media.cache_reader import CacheReader;"
            f" r = CacheReader(Path({str(full.path)!r}), {english!r}); print('open', flush=True); sys.stdin.read()",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert player.stdout is not None and player.stdout.readline() == "open\n"
        new = newcomer(videos[0])
        full.track(new)
        assert english in full.open_videos()
        assert not full.make_room(new.id)
    finally:
        player.kill()
        player.wait()
    assert full.open_videos() == set()  # a killed player leaves a row behind; it no longer counts
    assert full.make_room(new.id)
    assert full.status(english).state is VideoState.REMOTE  # type: ignore[union-attr]


def test_pin_unpin_remove_and_usage(full: Cache, videos: list[CatalogVideo]) -> None:
    english, math, _ = (v.id for v in videos)
    full.pin(english)
    assert full.status(english).pinned  # type: ignore[union-attr]
    full.unpin(english)
    assert not full.status(english).pinned  # type: ignore[union-attr]
    before = full.usage()
    with CacheReader(full.path, math):
        assert not full.remove(math)
    assert full.remove(math)
    assert full.usage() == before - videos[1].size
    assert full.status(math).state is VideoState.REMOTE  # type: ignore[union-attr]


def test_eviction_never_touches_classroom_db(
    tmp_path: Path, full: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    classroom = tmp_path / "classroom.db"
    with sqlite3.connect(classroom) as conn:
        conn.execute("create table attempts (id text primary key, answer text)")
        conn.execute("insert into attempts values ('a1', 'b')")
    conn.close()
    before = hashlib.sha256(classroom.read_bytes()).digest()
    new = newcomer(videos[0])
    full.track(new)
    assert full.make_room(new.id)
    assert hashlib.sha256(classroom.read_bytes()).digest() == before


def test_a_player_opening_between_a_read_and_a_write_does_not_stop_the_download(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    """The player registers its reader from its own connection just as the download is marked ready:
    between the ready mark's read of the row and its write (tests/test_watch_early.py saw "database is
    locked" there). A writing transaction holds the write lock from its start, so the player's write
    waits for it instead."""
    video = videos[0]
    fill(cache, video, originals[video.id], chunks=len(video.chunks))
    player = sqlite3.connect(cache.path, timeout=0, isolation_level=None)  # tries once, never waits
    refused: list[str] = []

    def between(sql: str) -> None:
        if sql.startswith("update videos set state") and not refused:
            try:
                player.execute("insert into readers (video_id, pid) values (?, 1)", [video.id])
            except sqlite3.OperationalError as e:
                refused.append(str(e))

    cache.db.conn.set_trace_callback(between)
    try:
        status = cache.finish(video.id, file_sha256(cache.path, video.id))
    finally:
        cache.db.conn.set_trace_callback(None)
    assert status.state is VideoState.READY and status.verified == video.size
    assert refused == ["database is locked"]  # the player waited (up to its busy_timeout) ...
    player.execute("insert into readers (video_id, pid) values (?, 1)", [video.id])  # ... and then gets in
    assert video.id in cache.open_videos()
    player.close()
