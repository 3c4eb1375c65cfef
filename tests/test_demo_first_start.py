"""The demo's first start: each lesson is listed as soon as its own video is rendered, and closing the client
mid-render stops the demo hub at once, leaving no half video.

Two of the three demo videos are there already (copied from the run's rendered ones), so the third is
rendered by a worker process of the demo hub while the test looks. The test freezes that worker (SIGSTOP)
as soon as it sees it, so what the catalog holds meanwhile does not depend on how fast the machine renders.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

from app.demo_hub import start_demo_hub
from tests.test_launch import children
from tests.waiting import until

RENDERED = ("english-fruit", "math-fractions")
RENDERING = "science-water"
QUIZ_ONLY = "math-times-tables"
"""The demo lesson without a video: cataloged at once, nothing to render."""


def half_rendered(demo_source: Path, videos: Path) -> None:
    """A demo hub data folder whose first two demo videos are rendered and the third is not."""
    videos.mkdir(parents=True)
    for lesson_id in RENDERED:
        shutil.copy(demo_source / "videos" / f"{lesson_id}.mp4", videos)


def render_worker(pid: int) -> int | None:
    """The demo hub's render worker among pid's descendants (`oo-hub demo-video`), if one runs."""
    for child in children(pid):
        try:
            if b"demo-video" in Path(f"/proc/{child}/cmdline").read_bytes():
                return child
        except FileNotFoundError:
            continue
        if (found := render_worker(child)) is not None:
            return found
    return None


async def test_a_lesson_is_listed_while_others_render_and_the_hub_stops_mid_render(
    demo_source: Path, tmp_path: Path
) -> None:
    data = tmp_path / "hub"
    half_rendered(demo_source, data / "videos")
    hub = await start_demo_hub(data)
    cataloged: list[str] = []
    waiting = asyncio.ensure_future(hub.lessons_ready(cataloged.append))
    worker = None
    try:
        await until(lambda: render_worker(hub.process.pid), 30, "the hub starts rendering science-water")
        worker = render_worker(hub.process.pid)
        assert worker is not None
        os.kill(worker, signal.SIGSTOP)  # science-water cannot be done while the test looks
        await until(
            lambda: len(cataloged) == 3,
            30,
            "the two rendered and the quiz-only lessons are cataloged",
            lambda: cataloged,
        )
        assert sorted(cataloged) == sorted((*RENDERED, QUIZ_ONLY))
        headers = {"Authorization": f"Bearer {hub.classroom_token}"}
        async with aiohttp.ClientSession(hub.url, headers=headers) as http:
            async with http.get("/api/v1/catalog") as reply:
                catalog = await reply.json()
            assert [lesson["id"] for lesson in catalog["lessons"]] == [*RENDERED, QUIZ_ONLY]
            assert "video" not in catalog["lessons"][2]
            for lesson in catalog["lessons"][:2]:  # what the catalog offers downloads whole, with the hash it says
                async with http.get(lesson["video"]["url"]) as reply:
                    assert reply.status == 200
                    assert hashlib.sha256(await reply.read()).hexdigest() == lesson["video"]["sha256"]
            async with http.get(f"/api/v1/videos/{RENDERING}") as reply:
                assert reply.status == 404
        assert not waiting.done(), "the hub is still rendering science-water"
    finally:
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        if worker is not None:
            os.kill(worker, signal.SIGCONT)
        await hub.stop()  # the client closes mid-render
    assert hub.process.returncode == 0, "the hub stopped by itself, not killed after STOP_SECONDS"
    assert worker is not None and not Path(f"/proc/{worker}").exists(), "the render worker ended with the hub"
    assert sorted(p.name for p in (data / "videos").iterdir()) == [f"{i}.mp4" for i in RENDERED], "no half video"


def test_the_window_lists_the_rendered_lessons_while_the_last_one_renders(demo_source: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    videos = home / ".local" / "share" / "oo-classroom" / "demo" / "hub" / "videos"
    half_rendered(demo_source, videos)
    log = home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([sys.executable, "-m", "widgets.main", "--demo"], env=env, stderr=subprocess.PIPE, text=True)
    worker = None
    try:
        # freeze the worker as soon as it shows, and look at what the window lists meanwhile
        deadline = time.monotonic() + 60
        while worker is None or "catalog: 3 lessons" not in client_log(log):  # two rendered, one only a quiz
            assert app.poll() is None and time.monotonic() < deadline, f"the window lists: {client_log(log)}"
            assert "catalog: 4 lessons" not in client_log(log), "listed only once all three were rendered"
            if worker is None and (worker := render_worker(app.pid)) is not None:
                os.kill(worker, signal.SIGSTOP)
            time.sleep(0.02)
        assert "catalog: 4 lessons" not in client_log(log)
        os.kill(worker, signal.SIGCONT)
        app.send_signal(signal.SIGTERM)  # closed mid-render
        assert app.wait(timeout=30) == 0, app.stderr.read()  # type: ignore[union-attr]
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert not Path(f"/proc/{worker}").exists(), "the render worker ended with the demo hub"
    assert "did not stop" not in client_log(log), "the demo hub stopped by itself, it was not killed"
    assert sorted(p.name for p in videos.iterdir()) == [f"{i}.mp4" for i in RENDERED], "no half video"


def client_log(log: Path) -> str:
    """The client's log so far (it says "catalog: N lessons" each time the list is refreshed)."""
    return log.read_text(encoding="utf-8") if log.exists() else ""
