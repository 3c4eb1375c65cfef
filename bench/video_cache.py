"""The video cache against a plain file: chunk row sizes, 64 KiB reads, PyAV decode and seek, and
download goodput under a bandwidth cap against the cap and against curl.

    .venv/bin/python bench/video_cache.py [--rounds 3] [--mib 64] [--seconds 20]

Reads from the file go through Python too (an unbuffered FileIO, seek + read), so the ratio is the
cost of SQLite and the reader, not of Python. Everything is in the page cache (the figures are
CPU, not disk). The hub for the download figures runs as its own process (`oo-hub`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable
from io import FileIO
from pathlib import Path

import av
from bench_hub import bench_hub

import media.cache_reader
from app.hub_client import HubClient
from hub.demo import LESSONS
from hub.demo_video import render_lesson_video
from hub.store import file_hashes
from media.cache import Cache
from media.cache_reader import CacheReader, file_sha256
from media.downloader import Downloader
from media.video_state import CatalogVideo

READ = 64 * 1024
REPEATS = 7
KIB = 1024
# (row, page) bytes: the cache keeps SQLite's 4 KiB pages; one 64 KiB-page file shows why
ROWS = ((64 * KIB, 4 * KIB), (256 * KIB, 4 * KIB), (256 * KIB, 64 * KIB), (1024 * KIB, 4 * KIB), (4096 * KIB, 4 * KIB))


def written() -> int:
    """Bytes this process has passed to write() so far (Linux)."""
    io_counts = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(io_counts["wchar"])


def fill_cache(db: Path, source: Path, chunk_size: int, page_size: int = 4096) -> tuple[float, float]:
    """Put source into a new cache.db as video "bench" in chunk_size rows.

    Returns write MB/s and the bytes written (WAL, then checkpoints into the file) per video byte.
    """
    with contextlib.closing(sqlite3.connect(db)) as conn:  # a new file takes its page size at the first write
        conn.execute(f"PRAGMA page_size={page_size}")
        conn.execute("VACUUM")
    sha256, chunks = file_hashes(source, chunk_size)
    video = CatalogVideo("bench", "/bench", source.stat().st_size, sha256, chunk_size, tuple(chunks))
    cache = Cache(db, quota=1 << 40)
    cache.track(video)
    before = written()
    start = time.perf_counter()
    with source.open("rb") as f:
        for index in range(len(chunks)):
            assert cache.put_chunk("bench", index, f.read(chunk_size), None)
    seconds = time.perf_counter() - start
    cache.finish("bench", file_sha256(db, "bench"))
    cache.close()  # checkpoints the WAL into the file
    return video.size / seconds / 1e6, (written() - before) / video.size


def per_read(f: FileIO | CacheReader, offsets: list[int]) -> float:
    """Microseconds per seek + 64 KiB read."""
    start = time.perf_counter()
    for offset in offsets:
        f.seek(offset)
        assert len(f.read(READ)) == READ
    return (time.perf_counter() - start) / len(offsets) * 1e6


def patterns(size: int) -> tuple[list[int], list[int]]:
    sequential = list(range(0, size - READ, READ))
    rng = random.Random(1)
    return sequential, [rng.randrange(0, size - READ) for _ in range(len(sequential))]


def row_sizes(work: Path, source: Path, rounds: int) -> None:
    size = source.stat().st_size
    sequential, scattered = patterns(size)
    print(f"chunk rows, {size >> 20} MiB of random bytes, 64 KiB reads (best of {rounds}, each a fresh reader):")
    with source.open("rb", buffering=0) as f:
        file_seq = min(per_read(f, sequential) for _ in range(rounds))
        file_rand = min(per_read(f, scattered) for _ in range(rounds))
    print(f"  plain file: sequential {file_seq:5.1f} us, random {file_rand:5.1f} us")
    for row, page in ROWS:
        db = work / f"rows-{row}-{page}.db"
        write, amplification = fill_cache(db, source, row, page)
        overhead = db.stat().st_size / size - 1
        seq = rand = float("inf")
        for _ in range(rounds):
            with CacheReader(db, "bench") as reader:
                seq = min(seq, per_read(reader, sequential))
            with CacheReader(db, "bench") as reader:
                rand = min(rand, per_read(reader, scattered))
        print(
            f"  rows of {row >> 10:4d} KiB, {page >> 10:2d} KiB pages: write {write:4.0f} MB/s,"
            f" {amplification:4.2f} bytes to disk per byte, file +{overhead:5.1%} |"
            f" reader: sequential {seq:5.1f} us ({seq / file_seq:4.1f}x),"
            f" random {rand:5.1f} us ({rand / file_rand:4.1f}x)"
        )


def reads(db: Path, source: Path, rounds: int) -> None:
    size = source.stat().st_size
    print(
        "64 KiB reads from 256 KiB rows, microseconds per read: file | reader, first pass (mapping pages in)"
        " | reader, second pass | reader without mmap (as beyond SQLite's 2 GB map)"
    )
    for round_ in range(1, rounds + 1):
        figures = []
        for offsets in patterns(size):
            with source.open("rb", buffering=0) as f:
                plain = per_read(f, offsets)
            with CacheReader(db, "bench") as reader:
                cold, warm = per_read(reader, offsets), per_read(reader, offsets)
            media.cache_reader.MMAP_BYTES = 0
            with CacheReader(db, "bench") as reader:
                unmapped = per_read(reader, offsets)
            media.cache_reader.MMAP_BYTES = 1 << 31
            figures.append(
                f"{plain:4.1f} | {cold:5.1f} ({cold / plain:3.1f}x) | {warm:5.1f} ({warm / plain:3.1f}x)"
                f" | {unmapped:5.1f}"
            )
        print(f"  round {round_}: sequential {figures[0]}   random {figures[1]}")


def decode_fps(open_: Callable[[], av.container.InputContainer]) -> float:
    start = time.perf_counter()
    with open_() as container:
        frames = sum(1 for _ in container.decode(video=0))
    return frames / (time.perf_counter() - start)


def seek_ms(open_: Callable[[], av.container.InputContainer], times: list[float]) -> float:
    """Milliseconds per seek to a time and decoding the first frame there."""
    with open_() as container:
        start = time.perf_counter()
        for t in times:
            container.seek(int(t * av.time_base))
            next(container.decode(video=0))
        return (time.perf_counter() - start) / len(times) * 1000


def decoding(db: Path, video: Path, rounds: int) -> None:
    def from_file() -> av.container.InputContainer:
        return av.open(str(video))

    def from_cache() -> av.container.InputContainer:
        return av.open(CacheReader(db, "bench"), "r")

    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        duration = float(container.duration or 0) / av.time_base
        name, mb = stream.codec_context.name, video.stat().st_size / 1e6
        print(f"PyAV, {name} {stream.width}x{stream.height}, {duration:.0f} s, {mb:.1f} MB (best of {REPEATS}):")
    rng = random.Random(2)
    times = [rng.uniform(0, duration - 1) for _ in range(30)]
    for round_ in range(1, rounds + 1):
        # alternating, best of REPEATS each: one pass is a fraction of a second, at the mercy of neighbours
        fps_file = fps_cache = 0.0
        seek_file = seek_cache = float("inf")
        for _ in range(REPEATS):
            fps_file, fps_cache = max(fps_file, decode_fps(from_file)), max(fps_cache, decode_fps(from_cache))
            seek_file, seek_cache = (
                min(seek_file, seek_ms(from_file, times)),
                min(seek_cache, seek_ms(from_cache, times)),
            )
        print(
            f"  round {round_}: decode file {fps_file:4.0f} fps, cache {fps_cache:4.0f} fps"
            f" ({fps_cache / fps_file:.2f})"
            f" | seek file {seek_file:5.1f} ms, cache {seek_cache:5.1f} ms ({seek_cache / seek_file:.2f})"
        )


async def download_once(base: str, token: str, entry: dict[str, object], db: Path, cap: int) -> float:
    """Seconds for the downloader to fetch and verify the video into a new cache.db."""
    cache = Cache(db, quota=1 << 40)
    client = HubClient(base, token)
    try:
        start = time.perf_counter()
        status = await Downloader(cache, client, bandwidth_cap=cap).download(CatalogVideo.from_catalog(entry))
        assert status.verified == status.size, status
        return time.perf_counter() - start
    finally:
        await client.close()
        cache.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)


def curl_once(url: str, token: str, cap: int, out: Path) -> float:
    """Seconds for curl to fetch the video into a file (as the downloader writes cache.db)."""
    limit = ["--limit-rate", str(cap)] if cap else []
    start = time.perf_counter()
    command = ["curl", "--silent", "--fail", "-o", str(out), "-H", f"Authorization: Bearer {token}", *limit, url]
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    out.unlink()
    return seconds


def downloads(work: Path, seconds: float) -> None:
    print(f"download goodput over loopback, oo-hub in its own process, {seconds:.0f} s of video at the cap:")
    for cap in (1_000_000, 4_000_000, 0):
        size = int(cap * seconds) if cap else 256 << 20
        with bench_hub(size) as hub:
            base = hub.url.split("/api/v1/")[0]
            ours = size / asyncio.run(download_once(base, hub.token, hub.catalog, work / "dl.db", cap)) / 1e6
            curl = size / curl_once(hub.url, hub.token, cap, work / "curl.out") / 1e6
        against = f"{ours / (cap / 1e6):.3f} of the cap, " if cap else ""
        print(
            f"  cap {cap / 1e6 if cap else 'none':>4} MB/s, {size / 1e6:5.1f} MB: downloader {ours:7.2f} MB/s"
            f" ({against}{ours / curl:.3f} of curl) | curl --limit-rate {curl:7.2f} MB/s"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mib", type=int, default=64, help="random bytes for the row and read figures")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each capped download")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "random.bin"
        source.write_bytes(os.urandom(args.mib << 20))
        row_sizes(work, source, args.rounds)
        reads(work / f"rows-{256 * KIB}-{4 * KIB}.db", source, args.rounds)
        lesson = LESSONS[2]
        video = work / "lesson.mp4"
        render_lesson_video(
            video,
            title_en=lesson["video_title"][0],
            title_zh=lesson["video_title"][1],
            slides=lesson["slides"],
            seconds=60.0,
            seed=2,
        )
        fill_cache(work / "lesson.db", video, 256 * 1024)
        decoding(work / "lesson.db", video, args.rounds)
        downloads(work, args.seconds)


if __name__ == "__main__":
    main()
