"""The demo hub's first start: the demo videos rendered in worker processes, as many at once as there are
processors, each lesson cataloged as soon as its own video is there.

A worker is `oo-hub demo-video` (hub/cli.py): one video, written under a hidden name and moved into place,
its half-written file removed when it is told to stop (SIGTERM). A worker is a process, not a thread, so
the demo hub can stop it at once when its client closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

logger = logging.getLogger(__name__)

WORKERS = max(1, len(os.sched_getaffinity(0)))
"""Videos rendered at once: one per processor this process may use (each worker encodes on one thread)."""


class RenderFailed(Exception):
    """A worker did not render its demo video."""


def hub_command() -> list[str]:
    """How to run oo-hub: this very program in the one-folder build, else this Python with hub.cli."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "hub.cli"]


@contextlib.asynccontextmanager
async def stopped_on_error(process: asyncio.subprocess.Process, what: str) -> AsyncIterator[None]:
    """Stop process (SIGTERM) and wait for it when the block fails or is cancelled; what names it in the log."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(ProcessLookupError):  # it may have ended meanwhile
            process.terminate()
        await process.wait()
        logger.info("%s: stopped", what)
        raise


async def render_in_workers(data: Path, lesson_ids: Sequence[str], ready: Callable[[str], None]) -> None:
    """Have the video of each lesson rendered into data/videos unless it is there, WORKERS at a time, and call
    ready(lesson_id) for each once its video is there, in the order they come.

    Raises RenderFailed (the other workers stopped) when a worker fails. Cancelled, it stops every worker and
    waits for them. Must be run in the event loop.
    """
    slots = asyncio.Semaphore(WORKERS)

    async def one(lesson_id: str) -> None:
        if not (data / "videos" / f"{lesson_id}.mp4").exists():
            async with slots:
                await _render(data, lesson_id)
        ready(lesson_id)

    tasks = [asyncio.ensure_future(one(lesson_id)) for lesson_id in lesson_ids]
    try:
        for done in asyncio.as_completed(tasks):
            await done
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _render(data: Path, lesson_id: str) -> None:
    # stdout stays the client's channel alone; the worker's log goes where the hub's goes (stderr)
    process = await asyncio.create_subprocess_exec(
        *hub_command(),
        "demo-video",
        "--data",
        str(data),
        lesson_id,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
    )
    async with stopped_on_error(process, f"rendering demo video {lesson_id}"):
        status = await process.wait()
    if status != 0:
        raise RenderFailed(f"the demo video {lesson_id} was not rendered (exit status {status}; see the log above)")
