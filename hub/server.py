"""Running the hub on a host and port, in its own process or inside another program's loop."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from hub.app import API, make_app
from hub.settings import HubServerSettings
from hub.store import Store

logger = logging.getLogger(__name__)


@dataclass
class RunningHub:
    """A hub serving on a socket until stop() is awaited."""

    url: str
    """Base URL of the API, for example http://127.0.0.1:41234 (no trailing slash)."""
    store: Store
    runner: web.AppRunner

    async def stop(self) -> None:
        await self.runner.cleanup()
        self.store.close()


async def start_hub(
    data_dir: Path, host: str = "127.0.0.1", port: int = 0, settings: HubServerSettings | None = None
) -> RunningHub:
    """Serve the hub over data_dir (and settings' database); port 0 picks a free port. Must be run in the event loop.

    Raises DatabaseUnreachable when the settings' PostgreSQL cannot be opened.
    """
    settings = settings or HubServerSettings()
    store = Store(data_dir, settings.store.db)
    # keepalive_timeout also closes a connection whose request headers never complete (slowloris)
    runner = web.AppRunner(make_app(store, settings), access_log=None, keepalive_timeout=settings.limits.idle_seconds)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError:
        await runner.cleanup()
        store.close()
        raise
    bound_host, bound_port = runner.addresses[0][:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    url = f"http://{shown}:{bound_port}"
    logger.info("hub serving %s on %s%s", data_dir, url, API)
    return RunningHub(url, store, runner)
