"""`oo-hub demo-for-client`: the demo hub a desktop client runs as its child process on loopback.

The client reads two JSON lines on standard output: first where the hub listens and the two tokens
it issued (the demo classroom and its teacher), then, once the demo videos are rendered (first
start only, about a minute), how many demo lessons were added. The hub stops when its standard
input ends, so it never outlives the client that started it, even one that was killed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from pathlib import Path

from hub.demo import DEMO_CLASSROOM, DEMO_TEACHER, register_demo, render_demo_videos
from hub.server import start_hub
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
    try:
        store = hub.store
        _say(
            url=hub.url,
            classroom_token=store.issue_token("classroom", DEMO_CLASSROOM),
            teacher_token=store.issue_token("teacher", DEMO_TEACHER),
        )
        try:
            await loop.run_in_executor(None, render_demo_videos, store.videos_dir)
        except Exception as e:
            logger.exception("demo videos could not be rendered")
            _say(error=f"{type(e).__name__}: {e}")
        else:
            _say(lessons_added=register_demo(store))
        await stopping.wait()
    finally:
        unwatch()
        await hub.stop()
