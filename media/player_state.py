"""What the player tells the screen: its state, where the sound goes, and one snapshot of both."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QImage

from media.errors import ClassroomError, DeviceUnavailable


class PlayerState(Enum):
    """What the player is doing, as the screen shows it."""

    LOADING = "loading"
    PAUSED = "paused"
    PLAYING = "playing"
    BUFFERING = "buffering"
    """Waiting at the edge of the bytes downloaded so far."""
    ENDED = "ended"
    FAILED = "failed"
    """The video cannot be played; `error` says why."""


class Sound(Enum):
    """Where the sound goes and what drives the picture."""

    SPEAKERS = "speakers"
    """Sound plays and is the clock."""
    NO_TRACK = "no_track"
    """The video has no sound; a monotonic clock drives the picture."""
    NO_DEVICE = "no_device"
    """No usable speakers (`sound_error` says why); a monotonic clock drives the picture."""


@dataclass(frozen=True)
class Snapshot:
    """The player's state at one moment, as the Qt thread publishes it."""

    state: PlayerState
    """What the player is doing."""
    position: float
    """Seconds into the video where playback stands."""
    duration: float
    """Seconds of video; 0 until it is open."""
    sound: Sound | None
    """None until the video is open."""
    sound_error: DeviceUnavailable | None
    """Why the speakers cannot be used (sound NO_DEVICE)."""
    error: ClassroomError | None
    """Why the video cannot be played, in the state FAILED."""
    image: QImage | None
    """The picture on screen now."""
    frame_time: float
    """Seconds into the video of that picture."""
    has_picture: bool = True
    """False for a sound-only lesson (known once the video is open)."""


def screen_state(failed: bool, opened: bool, waiting: bool, ended: bool, playing: bool, starved: bool) -> PlayerState:
    """The state to show. waiting: a read waits at the edge of the download; playing: the user wants
    it to play; starved: every picture decoded so far has been shown."""
    if failed:
        return PlayerState.FAILED
    if not opened:
        return PlayerState.BUFFERING if waiting else PlayerState.LOADING
    if ended:
        return PlayerState.ENDED
    if not playing:
        return PlayerState.PAUSED
    if waiting and starved:
        return PlayerState.BUFFERING  # everything decoded has been played: stuck at the edge
    return PlayerState.PLAYING
