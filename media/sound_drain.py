"""Reading remote audio tracks without playing them, for a lesson whose speakers cannot be opened.

aiortc queues what a remote track receives without bound until someone reads it, so every
remote track must be read even when nobody can hear it.
"""

from __future__ import annotations

import asyncio

from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError


class SoundDrain:
    """SoundSink's add/remove/close without a device. Must be used in the event loop."""

    def __init__(self) -> None:
        self._tasks: dict[MediaStreamTrack, asyncio.Task[None]] = {}

    def add(self, track: MediaStreamTrack, audible: bool = True) -> None:
        self._tasks[track] = asyncio.create_task(self._read(track), name=f"sound-drain-{track.id}")

    def set_audible(self, track: MediaStreamTrack, audible: bool) -> None:
        pass

    async def remove(self, track: MediaStreamTrack) -> None:
        task = self._tasks.pop(track)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    async def close(self) -> None:
        for track in list(self._tasks):
            await self.remove(track)

    @staticmethod
    async def _read(track: MediaStreamTrack) -> None:
        while True:
            try:
                await track.recv()
            except MediaStreamError:
                return
