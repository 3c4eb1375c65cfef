"""Hub video serving: 1 MiB Range reads over loopback against reading the same bytes from the file.

    .venv/bin/python bench/hub_serving.py [--size-mib 256] [--rounds 3]

The hub runs as its own process (`oo-hub`), as it does in a school; the client is aiohttp, as in
the downloader. A second figure fetches the whole file with one GET, to tell per-request cost apart.
Both sides read a file that is in the page cache, so the ratio is the cost of HTTP + Python.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from hub.store import Store

BLOCK = 1024 * 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def read_file(path: Path, size: int) -> float:
    """Seconds to read the file in 1 MiB seek+read steps."""
    start = time.perf_counter()
    with path.open("rb") as f:
        for offset in range(0, size, BLOCK):
            f.seek(offset)
            assert len(f.read(BLOCK)) == min(BLOCK, size - offset)
    return time.perf_counter() - start


async def read_hub(url: str, token: str, size: int) -> float:
    """Seconds to fetch the file in 1 MiB Range requests over one keep-alive connection."""
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession() as http:
        start = time.perf_counter()
        for offset in range(0, size, BLOCK):
            last = min(offset + BLOCK, size) - 1
            async with http.get(url, headers={**headers, "Range": f"bytes={offset}-{last}"}) as r:
                assert r.status == 206 and len(await r.read()) == last - offset + 1
        return time.perf_counter() - start


async def read_hub_whole(url: str, token: str, size: int) -> float:
    """Seconds to fetch the file with one GET, streamed in 1 MiB pieces."""
    async with aiohttp.ClientSession() as http:
        start = time.perf_counter()
        async with http.get(url, headers={"Authorization": f"Bearer {token}"}) as r:
            got = 0
            async for block in r.content.iter_chunked(BLOCK):
                got += len(block)
        assert got == size
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    size = args.size_mib * BLOCK
    with tempfile.TemporaryDirectory() as work:
        data = Path(work)
        store = Store(data)
        video = store.videos_dir / "bench.mp4"
        video.write_bytes(os.urandom(size))
        store.add_lesson(
            {
                "id": "bench",
                "position": 0,
                "subject": "science",
                "title": {"en": "b", "zh_TW": "b"},
                "quiz": {"id": "q", "title": {"en": "", "zh_TW": ""}, "questions": []},
            },
            video,
            1.0,
        )
        token = store.issue_token("classroom", "bench")
        store.close()
        port = free_port()
        hub = subprocess.Popen(
            [sys.executable, "-m", "hub.cli", "--data", str(data), "--port", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert hub.stdout is not None
            hub.stdout.readline()  # "oo-hub serving ..." once it listens
            url = f"http://127.0.0.1:{port}/api/v1/videos/bench"
            read_file(video, size)  # warm the page cache
            for round_ in range(1, args.rounds + 1):
                file_s = read_file(video, size)
                hub_s = asyncio.run(read_hub(url, token, size))
                whole_s = asyncio.run(read_hub_whole(url, token, size))
                mb = size / 1e6
                print(
                    f"round {round_}: file {mb / file_s:6.0f} MB/s | hub, 1 MiB ranges {mb / hub_s:5.0f} MB/s,"
                    f" ratio {file_s / hub_s:.3f} | hub, one GET {mb / whole_s:5.0f} MB/s, ratio {file_s / whole_s:.3f}"
                )
        finally:
            hub.send_signal(signal.SIGINT)
            hub.wait(timeout=20)


if __name__ == "__main__":
    main()
