"""The catalog at district scale: bytes and time of a first sync and of a repeat with 11,248 lessons.

    .venv/bin/python bench/catalog_scale.py [--lessons 11248] [--rounds 20]

A hub on loopback (SQLite, in this process) filled with generated lessons in 24 subjects, zh_TW and English
titles, every one pointing at one shared small video, as the issue measured. Measured with aiohttp as a
classroom's client sends them: the whole catalog (no `since`: a first sync, and what an old client gets at
every refresh), a repeat with `since` and nothing new, and a repeat after one lesson changed and one was
unpublished. Times are the median of the rounds; bytes are the body's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hub.catalog_store import mark_changed  # noqa: E402
from hub.library_store import update_lesson  # noqa: E402
from hub.server import start_hub  # noqa: E402
from hub.store import Store  # noqa: E402

SUBJECTS = [f"subject-{i:02d}" for i in range(24)]


def fill(store: Store, count: int, video: Path) -> None:
    """count lessons in one transaction, each pointing at the one shared video (its row made as a hub does)."""
    store.add_lesson({"id": "shared", "position": 0, "subject": SUBJECTS[0], "title": {"en": "x", "zh_TW": "x"}}, video)
    with store.db.transaction():
        for i in range(1, count):
            title = {
                "language": "zh-TW",
                "text": f"第{i}課 水的循環與天氣",
                "translation": {"language": "en", "text": f"Lesson {i}: the water cycle and the weather"},
            }
            store.db.execute(
                "insert into lessons (id, position, subject, title, video_id, quiz, grade, published)"
                " values (?, ?, ?, ?, 'shared', null, ?, 1)",
                [f"lesson-{i:05d}", i, SUBJECTS[i % 24], json.dumps(title, ensure_ascii=False), 1 + i % 12],
            )
            mark_changed(store.db, f"lesson-{i:05d}")


async def timed(http: aiohttp.ClientSession, url: str, token: str, rounds: int) -> tuple[int, float, dict]:
    """Bytes of the body, median seconds, and the last answer."""
    times, size, answer = [], 0, {}
    for _ in range(rounds):
        start = time.perf_counter()
        async with http.get(url, headers={"Authorization": f"Bearer {token}"}) as r:
            body = await r.read()
        times.append(time.perf_counter() - start)
        size, answer = len(body), json.loads(body)
    return size, statistics.median(times), answer


async def main(count: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        (data / "videos").mkdir()
        video = data / "videos" / "shared.mp4"
        video.write_bytes(bytes(1024 * 1024))
        store = Store(data)
        fill(store, count, video)
        token = store.issue_token("classroom", "bench")
        store.close()
        hub = await start_hub(data)
        try:
            async with aiohttp.ClientSession() as http:
                url = f"{hub.url}/api/v1/catalog"
                whole, whole_s, answer = await timed(http, url, token, max(3, rounds // 4))
                cursor = answer["cursor"]
                same, same_s, _ = await timed(http, f"{url}?since={cursor}", token, rounds)
                with hub.store.db.transaction():
                    update_lesson(hub.store.db, "lesson-00007", {"grade": 5})
                    update_lesson(hub.store.db, "lesson-00008", {"published": False})
                one, one_s, changed = await timed(http, f"{url}?since={cursor}", token, rounds)
        finally:
            await hub.stop()
    print(f"{count} lessons, one shared 1 MiB video, loopback, median of {rounds} (whole: {max(3, rounds // 4)}):")
    print(f"  whole catalog (first sync, or an old client)  {whole:>11,} bytes  {whole_s * 1000:8.1f} ms")
    print(f"  repeat with since, nothing new               {same:>11,} bytes  {same_s * 1000:8.1f} ms")
    sent = f"{len(changed['lessons'])} changed, {len(changed['removed'])} removed"
    print(f"  repeat with since, {sent}     {one:>11,} bytes  {one_s * 1000:8.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=11_248)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.lessons, args.rounds))
