"""--self-test: the window shows lessons, or the installation is broken."""

from __future__ import annotations

import asyncio

from widgets.main_window import MainWindow

SELF_TEST_SECONDS = 300
"""How long --self-test waits for the lesson list (the demo renders its videos on a first start)."""


async def self_test(window: MainWindow, preparing: asyncio.Future[None] | None = None) -> int:
    """Wait until the lesson list shows lessons, say how many, and close: 0 if it did, else 1.

    With the demo, preparing is its lessons' preparation: the list is judged once all of them are there (on a
    first start they are listed one by one, as each video is rendered).
    """
    if preparing is not None:
        await asyncio.wait([preparing], timeout=SELF_TEST_SECONDS)
    for _ in range(SELF_TEST_SECONDS * 10):
        if window.lessons_listed():
            print(f"self-test: the main window lists {window.lessons_listed()} lessons", flush=True)
            window.close_now()
            return 0
        await asyncio.sleep(0.1)
    print(f"self-test: no lessons listed within {SELF_TEST_SECONDS} s", flush=True)
    window.close_now()
    return 1
