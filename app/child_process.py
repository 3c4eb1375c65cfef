"""Stopping a child process of the client that ends when its standard input does (protocol.stdin_end)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

logger = logging.getLogger(__name__)

STOP_SECONDS = 10.0
"""How long a child may take to stop once told; then it is killed."""


async def stop_child(process: asyncio.subprocess.Process, name: str) -> None:
    """Tell the child to stop (its standard input ends) and wait for it; kill it if it does not stop in time.

    name: what the log calls it ("the demo hub").
    """
    if process.stdin is not None:
        process.stdin.close()
    try:
        await asyncio.wait_for(process.wait(), STOP_SECONDS)
    except TimeoutError:
        logger.warning("%s did not stop within %s s: killed", name, STOP_SECONDS)
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
