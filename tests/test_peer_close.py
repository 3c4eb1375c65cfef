"""A link closes in bounded time even when aiortc's own close waits for good (aiortc issue #283)."""

from __future__ import annotations

import asyncio

import pytest

from media import peer as peer_module
from media.peer import Peer


async def test_a_close_that_never_returns_stops_the_transports_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(peer_module, "CLOSE_SECONDS", 0.2)
    link = Peer()
    await link.create_offer()
    monkeypatch.setattr(link.pc, "close", asyncio.Event().wait)  # as seen on a loaded machine: it never returns
    async with asyncio.timeout(5):
        await link.close()
    ice = [t.receiver.transport.transport for t in link.pc.getTransceivers()]
    assert ice and all(transport.state == "closed" for transport in ice)  # nothing more is sent or received
