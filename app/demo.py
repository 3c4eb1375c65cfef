"""The embedded default: a demo hub in this process on 127.0.0.1, with this PC enrolled to it."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from hub.demo import DEMO_CLASSROOM, DEMO_TEACHER, register_demo, render_demo_videos
from hub.server import RunningHub, start_hub

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoHub:
    """The demo hub with this PC enrolled to it twice: as the demo classroom and as its teacher."""

    hub: RunningHub
    classroom_token: str
    teacher_token: str


async def start_demo_hub(data_dir: Path) -> DemoHub:
    """Serve data_dir on a free loopback port and enrol this PC to it."""
    hub = await start_hub(data_dir, "127.0.0.1", 0)
    return DemoHub(
        hub, hub.store.issue_token("classroom", DEMO_CLASSROOM), hub.store.issue_token("teacher", DEMO_TEACHER)
    )


async def prepare_demo_lessons(hub: RunningHub) -> int:
    """Render the demo videos (first start only, in a worker thread) and catalog them."""
    await asyncio.get_running_loop().run_in_executor(None, render_demo_videos, hub.store.videos_dir)
    return register_demo(hub.store)
