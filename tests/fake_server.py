"""A server on a free loopback port that answers every request with one handler: a hub gone bad."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web


async def serve(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> tuple[web.AppRunner, str]:
    """Start it; returns the runner (cleanup() stops it) and its base URL."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    # a client that gave up ends its handler, as a test that left it sleeping would leave its task behind
    runner = web.AppRunner(app, shutdown_timeout=0.5, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"
