"""A downloading process killed with SIGKILL at random moments: cache.db stays whole, nothing verified is lost."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import random
import signal
import sqlite3
import sys
from pathlib import Path

from hub.server import RunningHub
from media.cache_reader import file_sha256
from media.video_state import CatalogVideo

ROOT = Path(__file__).resolve().parent.parent
KILLS = 24
CAP = 1_000_000  # bytes/s: a run lasts long enough to be killed mid-chunk, mid-commit, anywhere

# imports once, then forks one downloader per line on stdin and reports its pid and exit code
ZYGOTE = """
import asyncio, json, os, sys
from pathlib import Path
from app.hub_client import HubClient
from media.cache import Cache
from media.downloader import Downloader
from media.retry import Retry
from media.video_state import CatalogVideo

url, token, cache_path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
videos = [CatalogVideo.from_catalog(v) for v in json.loads(sys.stdin.readline())]

async def run(cap):
    cache = Cache(cache_path, 10**9)
    client = HubClient(url, token)
    try:
        downloader = Downloader(cache, client, bandwidth_cap=cap, retry=Retry(first=0.01, most=0.05))
        return (await downloader.download_all(videos)).ok
    finally:
        await client.close()
        cache.close()

for line in sys.stdin:  # a bandwidth cap per line
    pid = os.fork()
    if pid == 0:
        os._exit(0 if asyncio.run(run(int(line))) else 1)
    print(pid, flush=True)
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
"""


def check(path: Path, videos: list[CatalogVideo]) -> dict[str, int]:
    """integrity_check passes and every kept chunk matches the catalog; returns chunks kept per video."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # a kill before the schema's one transaction commits leaves an empty file: nothing kept yet
        made = conn.execute("select 1 from sqlite_master where name = 'videos'").fetchone()
        kept = dict(conn.execute("select id, stored from videos").fetchall()) if made else {}
        for video in videos if made else []:
            rows = conn.execute("select idx, data from chunks where video_id = ? order by idx", [video.id]).fetchall()
            assert [idx for idx, _ in rows] == list(range(kept.get(video.id, 0)))
            assert all(hashlib.sha256(data).hexdigest() == video.chunks[idx] for idx, data in rows)
    conn.close()
    return {video.id: kept.get(video.id, 0) for video in videos}


async def test_sigkill_at_random_moments_then_a_rerun_completes(
    hub: RunningHub, classroom: dict[str, str], videos: list[CatalogVideo], tmp_path: Path
) -> None:
    db = tmp_path / "cache.db"
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    token = classroom["Authorization"].removeprefix("Bearer ")
    zygote = await asyncio.create_subprocess_exec(
        *(sys.executable, "-c", ZYGOTE, hub.url, token, str(db)),
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    zygote.stdin.write(
        json.dumps([lesson["video"] for lesson in hub.store.catalog().lessons if "video" in lesson]).encode() + b"\n"
    )

    async def run(kill_after: float | None) -> int:
        """One downloader: capped and killed after kill_after seconds, or uncapped to the end."""
        assert zygote.stdin is not None and zygote.stdout is not None
        zygote.stdin.write(b"%d\n" % (CAP if kill_after is not None else 0))
        pid = int(await zygote.stdout.readline())
        if kill_after is not None:
            await asyncio.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):  # it may have finished already
                os.kill(pid, signal.SIGKILL)
        return int(await zygote.stdout.readline())

    kills = completions = 0
    try:
        before = dict.fromkeys((v.id for v in videos), 0)
        for _ in range(4 * KILLS):
            if kills >= KILLS:
                break
            code = await run(rng.uniform(0.0, 0.6))
            kept = check(db, videos) if db.exists() else before
            if code == -signal.SIGKILL:
                kills += 1
                # a kill loses at most the chunk in flight, never one already verified
                assert all(kept[v] >= before[v] for v in kept), (seed, before, kept)
                before = kept
            else:  # it finished before the kill: start again from nothing for more kills
                assert code == 0, seed
                completions += 1
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                before = dict.fromkeys(before, 0)
        assert kills >= KILLS, (seed, kills, completions)
        assert await run(None) == 0, seed
    finally:
        zygote.stdin.close()
        await zygote.wait()
    check(db, videos)
    for video in videos:
        assert file_sha256(db, video.id) == video.sha256
