"""Waiting in a test for something the loop brings about."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def until(
    condition: Callable[[], object], timeout: float = 5.0, what: str = "", seen: Callable[[], object] = lambda: ""
) -> None:
    """Let the loop run until condition() holds; fail after timeout seconds saying what was awaited and what
    seen() says then."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not within {timeout} s: {what or 'the condition'} {seen()}".rstrip()
        await asyncio.sleep(0.02)
