"""The clock the pictures follow: the speakers' while the sound plays, monotonic time otherwise."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from media.clock import Clock, WallClock
from media.decoder import VideoItem
from media.errors import DeviceUnavailable
from media.pictures import Pictures
from media.player_state import Sound
from media.speakers import Speakers

logger = logging.getLogger(__name__)

MAX_FRAMES = 30
"""Pictures decoded ahead (2 s at 15 fps)."""
MAX_SOUND = 2.0
"""Seconds of sound decoded ahead."""
LOW_SOUND = 0.5
"""Below this much sound ahead, decoding goes on even with the picture queue full."""


def open_speakers(
    channels: int, device: int | str | None, name: str
) -> tuple[Sound, DeviceUnavailable | None, Speakers | None]:
    """Open the speakers for a video's sound (none if it has no sound track); without them the picture plays on."""
    if not channels:
        return Sound.NO_TRACK, None, None
    try:
        return Sound.SPEAKERS, None, Speakers(channels, device)
    except DeviceUnavailable as e:
        logger.warning("%s plays without sound: %s", name, e)
        return Sound.NO_DEVICE, e, None


class PlaybackClock:
    """Where playback stands, and how far ahead to decode for it.

    Sound is the clock while it plays; when the speakers fail or the sound track ends before the
    picture, monotonic time drives the picture on from where the sound stood. It owns the speakers
    (and any that failed) and closes them. The playback calls it with its lock held.
    """

    def __init__(self) -> None:
        self.wall = WallClock()
        self.speakers: Speakers | None = None
        """The video's sound once it is open; None without sound or after the speakers failed."""
        self._clock: Clock = self.wall
        self._failed: list[Speakers] = []  # closed with the player: a broken stream may take its time

    def now(self) -> float:
        return self._clock.now()

    @property
    def horizon(self) -> float:
        return self._clock.horizon

    @property
    def follows_sound(self) -> bool:
        return self.speakers is not None and self._clock is self.speakers

    def use_speakers(self, speakers: Speakers, volume: float) -> None:
        """The video's sound plays and is the clock from now on."""
        speakers.set_volume(volume)
        self.speakers = self._clock = speakers

    def set_playing(self, playing: bool) -> None:
        for clock in (self.wall, self.speakers):
            if clock is not None:
                clock.set_playing(playing)

    def set_volume(self, volume: float) -> None:
        if self.speakers is not None:
            self.speakers.set_volume(volume)

    def reset(self, pts: float) -> None:
        """Start again at pts (a seek); the sound leads again if it had run out before the picture."""
        for clock in (self.wall, self.speakers):
            if clock is not None:
                clock.reset(pts)
        if self.speakers is not None:
            self._clock = self.speakers

    def check_sound(self, pictures: Pictures) -> tuple[bool, str]:
        """Go over to monotonic time if the speakers failed or the sound track ended before the picture's.

        Returns whether it did, and why the speakers failed ("" if they did not).
        """
        speakers = self.speakers
        if speakers is None or not self.follows_sound:
            return False, ""
        problem = speakers.failure()
        ran_out = speakers.now() >= speakers.horizon - 0.01 and (pictures.complete or len(pictures) >= MAX_FRAMES)
        if not problem and not ran_out:
            return False, ""
        # monotonic time drives the picture on from where the sound stood
        self.wall.reset(speakers.now())
        self.wall.extend(pictures.end)
        self._clock = self.wall
        if problem:
            self._failed.append(speakers)
            self.speakers = None
        return True, problem

    def full(self, frames: Sequence[VideoItem]) -> bool:
        """Whether decoding may rest, with these pictures decoded ahead."""
        if self.speakers is None or not self.follows_sound:
            return len(frames) >= MAX_FRAMES
        sound, horizon = self.speakers.queued, self.speakers.horizon
        # with little sound ahead the sound clock is about to stop, and the pictures with it: decode
        # on to reach more sound, but not past MAX_SOUND beyond it (the track may have ended)
        ahead = frames[-1].pts - horizon if frames else 0.0
        return sound >= MAX_SOUND or (len(frames) >= MAX_FRAMES and (sound >= LOW_SOUND or ahead >= MAX_SOUND))

    def close(self) -> None:
        for speakers in [self.speakers, *self._failed]:
            if speakers is not None:
                speakers.close()
