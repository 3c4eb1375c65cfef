"""Quiz answers: saving them durably, and syncing a backlog to a hub on loopback.

    .venv/bin/python bench/quiz_answers.py [--answers 2000] [--backlog 10000]

1. Answers saved per second through QuizStore.answer (answer row + outbox row, one durable WAL
   transaction each) against a bare sqlite3 INSERT + COMMIT loop with the same durability
   (WAL, synchronous=FULL), both on the same disk.
2. Time for ResultSync to deliver a backlog of answers to `oo-hub` on 127.0.0.1 against the same
   number of plain HTTP POSTs of one answer's size to an aiohttp server that only reads them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
from aiohttp import web

from app.hub_client import HubClient
from app.outbox import Outbox
from app.quizzes import QuizStore
from app.result_sync import ResultSync
from hub.demo import LESSONS
from hub.store import Store
from media.database import open_database

QUIZ = LESSONS[0]["quiz"]


def save_answers(folder: Path, count: int) -> float:
    db = open_database(folder / "classroom.db", durable=True)
    store = QuizStore(db)
    attempts = [store.start(QUIZ, f"pupil {n}") for n in range(count // 3)]  # not timed: one per quiz taken
    start = time.perf_counter()
    for attempt in attempts:
        for question in QUIZ["questions"]:
            store.answer(attempt, question["id"], question["answer"])
    elapsed = time.perf_counter() - start
    db.close()
    return (count // 3) * 3 / elapsed


def bare_inserts(folder: Path, count: int) -> float:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("pragma journal_mode=wal")
    conn.execute("pragma synchronous=full")
    conn.execute("create table if not exists t (id text primary key, body text)")
    start = time.perf_counter()
    for _ in range(count):
        conn.execute("begin")
        conn.execute("insert into t values (?, ?)", [str(uuid.uuid4()), "x" * 150])
        conn.execute("commit")
    elapsed = time.perf_counter() - start
    conn.close()
    return count / elapsed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def sync_backlog(folder: Path, count: int) -> tuple[float, int]:
    """Seconds for ResultSync to empty an outbox of count answers into a hub process."""
    hub_dir = folder / "hub"
    store = Store(hub_dir)
    token = store.issue_token("classroom", "bench")
    store.close()
    db = open_database(folder / "backlog.db", durable=True)
    quizzes = QuizStore(db)
    with db.atomic():  # fill the backlog fast; how it was filled is measured above
        for n in range(count // 3):
            attempt = quizzes.start(QUIZ, f"pupil {n}")
            for question in QUIZ["questions"]:
                quizzes.answer(attempt, question["id"], question["answer"])
    sample_size = len(json.dumps(Outbox(db).batch(1)[0].to_json(), ensure_ascii=False).encode())
    port = free_port()
    hub = subprocess.Popen(
        [sys.executable, "-m", "hub.cli", "--data", str(hub_dir), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert hub.stdout is not None
        hub.stdout.readline()
        client = HubClient(f"http://127.0.0.1:{port}", token)
        sync = ResultSync(Outbox(db), client)
        start = time.perf_counter()
        assert await sync.send_all()
        elapsed = time.perf_counter() - start
        await sync.stop()
        await client.close()
    finally:
        hub.send_signal(signal.SIGINT)
        hub.wait(timeout=20)
        db.close()
    return elapsed, sample_size


async def plain_posts(count: int, size: int) -> float:
    """Seconds for count POSTs of size bytes, one after another, to a server that only reads them."""

    async def sink(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/", sink)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    body = b"x" * size
    async with aiohttp.ClientSession() as http:
        start = time.perf_counter()
        for _ in range(count):
            async with http.post(f"http://127.0.0.1:{port}/", data=body) as r:
                await r.read()
        elapsed = time.perf_counter() - start
    await runner.cleanup()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--backlog", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as work:  # on the project's disk, not a tmpfs
        folder = Path(work)
        # fsync time swings with whatever else the disk does: alternate short rounds, take medians
        rounds = [(save_answers(folder, args.answers // 7), bare_inserts(folder, args.answers // 7)) for _ in range(7)]
        ours = statistics.median(r[0] for r in rounds)
        bare = statistics.median(r[1] for r in rounds)
        ratio = statistics.median(r[0] / r[1] for r in rounds)
        print(
            f"saving answers (median of 7 alternating rounds): QuizStore {ours:6.0f}/s, bare INSERT+COMMIT"
            f" {bare:6.0f}/s, ratio {ratio:.2f} (each answer is 2 rows: answer + outbox)"
        )
        sync_s, size = asyncio.run(sync_backlog(folder, args.backlog))
        posts_s = asyncio.run(plain_posts(args.backlog, size))
        print(
            f"syncing {args.backlog} answers: ResultSync {sync_s:6.2f} s, {args.backlog} plain POSTs of {size} B"
            f" {posts_s:6.2f} s, ratio {sync_s / posts_s:.2f}"
        )


if __name__ == "__main__":
    main()
