"""One peer connection of a live lesson and what hangs on it, closed whole."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiortc import MediaStreamTrack
from aiortc.contrib.media import MediaRelay

from media.peer import Peer
from media.sound_drain import SoundDrain
from media.sound_sink import SoundSink
from media.stage_track import StageTrack


@dataclass
class Link:
    """One peer connection of the lesson and what hangs on it."""

    peer: Peer
    stage: StageTrack | None = None
    """The teacher's side: what this classroom hears of the classroom on stage."""
    voice: MediaStreamTrack | None = None
    """The teacher's side: this classroom's voice as received."""
    relay: MediaRelay | None = None
    """The teacher's side: shares the voice between the speakers and the stage lines."""
    stage_from: str | None = None
    """The teacher's side: the classroom whose voice the stage line carries."""
    heard: list[MediaStreamTrack] = field(default_factory=list)
    """Tracks given to the speakers (or the drain), removed when the link closes."""
    pictures: int = 0
    """Pictures received on this link."""

    async def close(self, speakers: SoundSink | SoundDrain) -> None:
        """Take its tracks from the speakers, end its stage line and close its peer connection."""
        for track in self.heard:
            await speakers.remove(track)
            track.stop()
        if self.stage is not None:
            self.stage.stop()
        await self.peer.close()
