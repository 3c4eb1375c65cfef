"""A plain process with a live link whose close never returns (aiortc issue #283), for the exit test.

    python -m tests.hung_link

Two real Peers over loopback send each other pictures and sound. Prints "connected" once the
offering side's receivers decode; on SIGTERM (as the client does) it closes the offering Peer, whose
pc.close() never returns, then the answering one, prints "left: NAMES" (the threads still alive
then, beyond the main thread and the event loop's executor) and returns: the process should exit.
"""

from __future__ import annotations

import asyncio
import signal
import threading

import aioice.ice
from aiortc import AudioStreamTrack, VideoStreamTrack

from media import peer as peer_module
from media.peer import Peer

CONNECT_SECONDS = 30.0


def threads_left() -> list[str]:
    pooled = ("asyncio_", "ThreadPoolExecutor")  # the loop's executor (aiortc's encoders), joined at exit
    main = threading.main_thread()
    return [t.name for t in threading.enumerate() if t is not main and not t.name.startswith(pooled)]


async def main() -> None:
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]  # stay on loopback
    peer_module.CLOSE_SECONDS = 0.5
    offering = Peer(video=VideoStreamTrack(), voice=AudioStreamTrack())
    answering = Peer(video=VideoStreamTrack(), voice=AudioStreamTrack())
    await offering.accept_answer(await answering.accept_offer(await offering.create_offer()))
    async with asyncio.timeout(CONNECT_SECONDS):
        while offering.video_sink is None or offering.video_sink.fps == 0 or "audio-decoder" not in threads_left():
            await asyncio.sleep(0.1)
    offering.pc.close = asyncio.Event().wait  # type: ignore[method-assign, assignment]  # as seen on a loaded machine
    terminated = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, terminated.set)
    print("connected", flush=True)
    await terminated.wait()
    await offering.close()
    await answering.close()
    print("left:", " ".join(threads_left()), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
