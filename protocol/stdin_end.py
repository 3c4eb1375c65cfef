"""A child process that ends with its parent: the parent holds the child's standard input open, and its end (the
parent closed it, or died) is the child's word to stop.

The demo hub (hub.demo_child) and the demo classroom (app.demo_classroom_run) run so; their parent stops
them with app.child_process.stop_child.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable


def when_stdin_ends(stop: Callable[[], None]) -> Callable[[], None]:
    """Call stop once standard input ends (what arrives before is read and passed over); returns what ends
    the watch. Must be run in the event loop."""
    loop = asyncio.get_running_loop()
    stdin = sys.stdin.fileno()

    def readable() -> None:
        if not os.read(stdin, 4096):
            loop.remove_reader(stdin)
            stop()

    def unwatch() -> None:
        loop.remove_reader(stdin)

    loop.add_reader(stdin, readable)
    return unwatch
