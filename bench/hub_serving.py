"""Hub video serving: 1 MiB Range reads over loopback against reading the same bytes from the file.

    .venv/bin/python bench/hub_serving.py [--size-mib 256] [--rounds 3]

The hub runs as its own process (`oo-hub`), as it does in a school; the client is aiohttp, as in
the downloader. A second figure fetches the whole file with one GET, to tell per-request cost apart.
Both sides read a file that is in the page cache, so the ratio is the cost of HTTP + Python.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

import aiohttp
from bench_hub import bench_hub

BLOCK = 1024 * 1024


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
    with bench_hub(size) as hub:
        read_file(hub.video, size)  # warm the page cache
        for round_ in range(1, args.rounds + 1):
            file_s = read_file(hub.video, size)
            hub_s = asyncio.run(read_hub(hub.url, hub.token, size))
            whole_s = asyncio.run(read_hub_whole(hub.url, hub.token, size))
            mb = size / 1e6
            print(
                f"round {round_}: file {mb / file_s:6.0f} MB/s | hub, 1 MiB ranges {mb / hub_s:5.0f} MB/s,"
                f" ratio {file_s / hub_s:.3f} | hub, one GET {mb / whole_s:5.0f} MB/s, ratio {file_s / whole_s:.3f}"
            )


if __name__ == "__main__":
    main()
