"""A link closes in bounded time even when aiortc's own close waits for good (aiortc issue #283)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from media import peer as peer_module
from media.peer import Peer

ROOT = Path(__file__).resolve().parent.parent


async def test_a_close_that_never_returns_stops_the_transports_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(peer_module, "CLOSE_SECONDS", 0.2)
    link = Peer()
    await link.create_offer()
    monkeypatch.setattr(link.pc, "close", asyncio.Event().wait)  # as seen on a loaded machine: it never returns
    async with asyncio.timeout(5):
        await link.close()
    ice = [t.receiver.transport.transport for t in link.pc.getTransceivers()]
    assert ice and all(transport.state == "closed" for transport in ice)  # nothing more is sent or received


def test_after_a_close_that_never_returns_the_process_still_exits_and_no_decoder_thread_is_left() -> None:
    process = subprocess.Popen([sys.executable, "-m", "tests.hung_link"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "connected"
        process.send_signal(signal.SIGTERM)
        left = process.stdout.readline().strip()
        try:
            code: int | None = process.wait(timeout=30)  # generous: it waited for good on aiortc's decoder threads
        except subprocess.TimeoutExpired:
            code = None
        assert code == 0, f"the process is still up 30 s after its links closed, with the threads {left!r}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert left == "left:"
