"""A classroom that stops reading its socket must not freeze the lesson: the others keep getting their
messages promptly, and the hub disconnects the stalled one (its client would come back by itself)."""

from __future__ import annotations

import asyncio
from typing import Any

from hub.server import RunningHub
from tests.live_socket import Open, come_in, teach
from tests.raw_live import closed_by_the_hub, open_raw, stop_reading, text_frame

OFFER = {"type": "offer", "sdp": "v=0\r\n" + "a=x\r\n" * 30_000}
"""A big offer (150 kB): a few of them fill whatever buffers lie between the hub and a peer that does not read."""


async def test_a_classroom_that_stops_reading_is_cut_off_and_the_others_go_on(hub: RunningHub, connect: Open) -> None:
    teacher, started = await teach(connect, hub.store.issue_token("teacher", "Ms. Lin"))
    await teacher.expect("hands")
    reader, writer = await open_raw(hub.url, hub.store.issue_token("classroom", "Stalled 1"))
    writer.write(text_frame({"type": "join", "code": started["code"]}))
    roster = await teacher.expect("roster", lambda m: len(m["peers"]) == 1)
    stalled = roster["peers"][0]["peer"]
    stop_reading(writer)
    lanyu, joined = await come_in(connect, hub.store.issue_token("classroom", "Lanyu 3"), started["code"])
    await teacher.expect("roster", lambda m: len(m["peers"]) == 2)

    rounds, cut = 0, False
    async with asyncio.timeout(60):  # cut with 256 messages waiting, or one not taken in 10 s (the defaults)
        while not cut:
            rounds += 1
            await teacher.send({"type": "signal", "to": stalled, "data": OFFER})
            said = f"round {rounds}"
            await teacher.send({"type": "chat", "text": said})
            await lanyu.send({"type": "hand", "up": rounds % 2 == 1})

            def this_round(message: dict[str, Any], said: str = said) -> bool:
                return bool(message["text"] == said)

            await lanyu.expect("chat", this_round)  # within 5 s (LiveSocket.next)
            chat = hands = False
            while not (chat and hands):  # the teacher's own chat, and the hands after lanyu's hand
                message = await teacher.next()
                chat = chat or message == {**message, "type": "chat", "text": said}
                if message["type"] == "hands":
                    assert message["queue"] == ([joined["peer"]] if rounds % 2 == 1 else [])
                    hands = True
                if message["type"] == "roster":
                    cut = not next(p["online"] for p in message["peers"] if p["peer"] == stalled)
    assert rounds > 3  # it took a while to stall: the lesson went on meanwhile
    assert await closed_by_the_hub(reader, writer, 10)
    await teacher.send({"type": "chat", "text": "still here"})
    for side in (teacher, lanyu):
        await side.expect("chat", lambda m: m["text"] == "still here")
