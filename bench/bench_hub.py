"""`oo-hub` in its own process over a temporary data dir holding one video, for benchmarks."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hub.store import Store


@dataclass(frozen=True)
class BenchHub:
    """A hub serving one lesson, "bench", whose video is random bytes."""

    url: str
    """The video's address."""
    token: str
    """A classroom's bearer token."""
    video: Path
    """The hub's file of the video."""
    catalog: dict[str, object]
    """The video's catalog entry."""
    pid: int
    """The hub's process."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def bench_hub(size: int, db: str = "") -> Iterator[BenchHub]:
    """The hub over a temporary data dir, its tables in SQLite there or in the PostgreSQL database at db."""
    with tempfile.TemporaryDirectory() as work:
        data = Path(work)
        store = Store(data, db)
        video = store.videos_dir / "bench.mp4"
        video.write_bytes(os.urandom(size))
        store.add_lesson(
            {
                "id": "bench",
                "position": 0,
                "subject": "science",
                "title": {"language": "en", "text": "b"},
                "quiz": {"id": "q", "title": {"language": "en", "text": ""}, "questions": []},
            },
            video,
            1.0,
        )
        token = store.issue_token("classroom", "bench")
        catalog = store.catalog().lessons[0]["video"]
        store.close()
        port = free_port()
        hub = subprocess.Popen(
            [sys.executable, "-m", "hub.cli", "--data", str(data), "--port", str(port)] + (["--db", db] if db else []),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert hub.stdout is not None
            hub.stdout.readline()  # "oo-hub serving ..." once it listens
            yield BenchHub(f"http://127.0.0.1:{port}/api/v1/videos/bench", token, video, catalog, hub.pid)
        finally:
            hub.send_signal(signal.SIGINT)
            hub.wait(timeout=20)
