"""Video serving, the hub against nginx: 1 MiB Range reads and whole-file GETs over loopback.

    .venv/bin/python bench/hub_serving.py [--size-mib 256] [--rounds 3]

The hub runs as its own process (`oo-hub`), as it does in a school; nginx runs the shipped
deploy/nginx-videos.conf over the same videos folder, reached by a signed link as the hub's 307
hands it out. Two clients: aiohttp, as in the downloader, and curl (C, one keep-alive connection
for all ranges), to tell the client's cost apart. A warm file read is the baseline, so the ratios
are the cost of HTTP + the server. Each server's CPU seconds per GB served come from /proc
(nginx: master and workers).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from functools import partial
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_hub import bench_hub  # noqa: E402

from hub.video_links import signed_link  # noqa: E402
from tests.nginx_server import VideoNginx  # noqa: E402

BLOCK = 1024 * 1024
TICKS = 100  # clock ticks a second in /proc/<pid>/stat (USER_HZ)
CLIENTS = 8  # PCs downloading at once


def read_file(path: Path, size: int) -> float:
    """Seconds to read the file in 1 MiB seek+read steps."""
    start = time.perf_counter()
    with path.open("rb") as f:
        for offset in range(0, size, BLOCK):
            f.seek(offset)
            assert len(f.read(BLOCK)) == min(BLOCK, size - offset)
    return time.perf_counter() - start


async def read_ranges(url: str, headers: dict[str, str], size: int) -> None:
    """Fetch the file in 1 MiB Range requests over one keep-alive connection."""
    async with aiohttp.ClientSession() as http:
        for offset in range(0, size, BLOCK):
            last = min(offset + BLOCK, size) - 1
            async with http.get(url, headers={**headers, "Range": f"bytes={offset}-{last}"}) as r:
                assert r.status == 206 and len(await r.read()) == last - offset + 1


async def read_whole(url: str, headers: dict[str, str], size: int) -> None:
    """Fetch the file with one GET, streamed in 1 MiB pieces."""
    async with aiohttp.ClientSession() as http:
        async with http.get(url, headers=headers) as r:
            got = 0
            async for block in r.content.iter_chunked(BLOCK):
                got += len(block)
        assert got == size


def _range_config(url: str, headers: dict[str, str], size: int) -> str:
    """A curl config asking for the file in 1 MiB ranges, all over one keep-alive connection."""
    header = "".join(f'header = "{k}: {v}"\n' for k, v in headers.items())
    return "next\n".join(
        f'url = "{url}"\n{header}range = "{offset}-{min(offset + BLOCK, size) - 1}"\noutput = "/dev/null"\n'
        for offset in range(0, size, BLOCK)
    )


async def curl_ranges(url: str, headers: dict[str, str], size: int, clients: int = 1) -> None:
    """The same 1 MiB Range requests from curl; several clients at once each fetch the whole file."""
    config = _range_config(url, headers, size)
    runs = [
        subprocess.Popen(["curl", "-sS", "-f", "-K", "-"], stdin=subprocess.PIPE, text=True) for _ in range(clients)
    ]
    for run in runs:
        assert run.stdin is not None
        run.stdin.write(config)
        run.stdin.close()
    assert all(run.wait() == 0 for run in runs)


async def curl_whole(url: str, headers: dict[str, str], size: int) -> None:
    """The whole file with one GET from curl."""
    header = [arg for k, v in headers.items() for arg in ("-H", f"{k}: {v}")]
    done = subprocess.run(["curl", "-sS", "-f", "-o", "/dev/null", *header, url])
    assert done.returncode == 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its child processes so far."""
    total = 0.0
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    for each in [pid, *map(int, children)]:
        fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


def timed(fetch: Callable[[], Coroutine[None, None, None]], pid: int) -> tuple[float, float]:
    """Wall seconds of one fetch, and the server's CPU seconds during it."""
    cpu = cpu_seconds(pid)
    start = time.perf_counter()
    asyncio.run(fetch())
    return time.perf_counter() - start, cpu_seconds(pid) - cpu


Fetch = Callable[[str, dict[str, str], int], Coroutine[None, None, None]]
FETCHES: dict[str, Fetch] = {
    "1 MiB ranges aiohttp": read_ranges,
    "1 MiB ranges curl": curl_ranges,
    "one GET aiohttp": read_whole,
    "one GET curl": curl_whole,
    f"{CLIENTS} curls, 1 MiB ranges": partial(curl_ranges, clients=CLIENTS),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    size = args.size_mib * BLOCK
    with bench_hub(size) as hub, tempfile.TemporaryDirectory() as work:
        nginx = VideoNginx(Path(work), hub.video.parent)
        nginx.start()
        try:
            servers = {
                "hub": (hub.url, {"Authorization": f"Bearer {hub.token}"}, hub.pid),
                "nginx": (signed_link(nginx.server, hub.video.name), {}, nginx.pid),
            }
            read_file(hub.video, size)  # warm the page cache
            for round_ in range(1, args.rounds + 1):
                file_s = read_file(hub.video, size)
                print(f"round {round_}: file {size / 1e6 / file_s:6.0f} MB/s")
                for name, (url, headers, pid) in servers.items():
                    for kind, fetch in FETCHES.items():
                        wall, cpu = timed(lambda: fetch(url, headers, size), pid)  # noqa: B023
                        served = size * (CLIENTS if kind.startswith(f"{CLIENTS} ") else 1)
                        ratio = served / size * file_s / wall
                        print(
                            f"  {name:5} {kind:22} {served / 1e6 / wall:5.0f} MB/s, ratio {ratio:.3f},"
                            f" server CPU {cpu / (served / 1e9):5.2f} s/GB"
                        )
        finally:
            nginx.stop()


if __name__ == "__main__":
    main()
