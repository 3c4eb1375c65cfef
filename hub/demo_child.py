"""`oo-hub demo-for-client`: the demo hub a desktop client runs as its child process on loopback.

The client reads JSON lines on standard output: first where the hub listens and the two tokens it
issued (the demo classroom and its teacher); then, on the first start only, each demo lesson as it is
cataloged (`lesson_ready`: at once for a lesson that is only a quiz, else once its video is rendered;
the videos are rendered in parallel worker processes, hub/demo_render.py); last, how many demo lessons
were added (`lessons_added`, 0 on later starts) or what went wrong (`error`). The hub stops when its
standard input ends, even mid-render (the workers are stopped with it), so it never outlives the client
that started it, even one that was killed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from pathlib import Path

from hub.demo import (
    DEMO_CLASSROOM,
    DEMO_TEACHER,
    VIDEO_LESSONS,
    add_demo_lesson,
    missing_demo_lessons,
    update_demo_lessons,
)
from hub.demo_render import render_in_workers
from hub.server import start_hub
from hub.store import Store
from protocol.stdin_end import when_stdin_ends

logger = logging.getLogger(__name__)


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


async def serve_for_client(data: Path) -> None:
    """Serve data on a free loopback port until standard input ends (or SIGTERM)."""
    hub = await start_hub(data, "127.0.0.1", 0)
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    unwatch = when_stdin_ends(stopping.set)
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    preparing: asyncio.Future[None] | None = None
    try:
        store = hub.store
        _say(
            url=hub.url,
            classroom_token=store.issue_token("classroom", DEMO_CLASSROOM),
            teacher_token=store.issue_token("teacher", DEMO_TEACHER),
        )
        preparing = asyncio.ensure_future(_prepare_lessons(store))
        await stopping.wait()
    finally:
        unwatch()
        if preparing is not None:
            preparing.cancel()  # mid-render, its workers stop at once
            await asyncio.gather(preparing, return_exceptions=True)
        await hub.stop()


async def _prepare_lessons(store: Store) -> None:
    update_demo_lessons(store)
    missing = missing_demo_lessons(store)

    def ready(lesson_id: str) -> None:
        add_demo_lesson(store, lesson_id)
        _say(lesson_ready=lesson_id)

    try:
        for lesson_id in missing:  # a lesson that is only a quiz has nothing to render
            if lesson_id not in VIDEO_LESSONS:
                ready(lesson_id)
        await render_in_workers(store.data_dir, [i for i in missing if i in VIDEO_LESSONS], ready)
    except Exception as e:
        logger.exception("demo lessons could not be prepared")
        _say(error=f"{type(e).__name__}: {e}")
    else:
        _say(lessons_added=len(missing))
