"""The lesson video player as the screens see it: slots to steer it, signals that say what changed.

The work happens in media.playback's two threads; they only tell this object that something
changed, through one queued signal, and the public signals are emitted here in the Qt thread,
each only when its value changed (the position at most every POSITION_EVERY seconds).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

from media.decoder import Source
from media.errors import ClassroomError, DeviceUnavailable
from media.partial_reader import Edge
from media.playback import Playback
from media.player_state import PlayerState, Snapshot, Sound

__all__ = ["Player", "PlayerState", "Sound"]

logger = logging.getLogger(__name__)

POSITION_EVERY = 0.25
"""While playing, the position is reported at most this often (seconds)."""


class Player(QObject):
    """Plays one video from a seekable binary file-like object. Use it in the Qt thread.

    edge: how many bytes of `source` can be read so far, for a video still downloading, and news
    of more (Cache.reader() makes a reader that is both); the player never reads past it and
    waits there in the BUFFERING state. device: a sounddevice
    output device (name or number), None for the system's default. name: for messages and logs.
    duration: seconds the catalog gives, shown while the file does not say (a TS still downloading).
    Call start() once and close() when done; the caller owns `source` and closes it after.
    """

    state_changed = Signal(object)
    """PlayerState"""
    position_changed = Signal(float)
    duration_changed = Signal(float)
    frame_changed = Signal(QImage)
    sound_changed = Signal(object)
    """Sound; sound_error says why when it is NO_DEVICE."""
    volume_changed = Signal(int)
    _news = Signal()

    def __init__(
        self,
        source: Source,
        *,
        edge: Edge | None = None,
        device: int | str | None = None,
        name: str = "",
        duration: float = 0.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._news_pending = threading.Event()
        name = name or str(getattr(source, "name", "video"))
        # weakly: a Player in a reference cycle would be freed by the cyclic GC in whatever thread
        # runs it, and a QObject must not be deleted outside its own thread
        hand_off = weakref.WeakMethod(self._hand_off)

        def news() -> None:
            method = hand_off()
            if method is not None:
                method()

        self._playback = Playback(source, edge, device, name, news, duration)
        self._shown = self._playback.snapshot()
        self._position_at = 0.0
        self._volume = 100
        self._news.connect(self._publish, Qt.ConnectionType.QueuedConnection)

    def start(self, position: float = 0.0, play: bool = True) -> None:
        """Open the video (in the decode thread) and show it from `position`, playing or paused."""
        self._playback.start(position, play)

    def close(self) -> None:
        """Stop the threads and the sound; the player cannot be started again. Call it before
        letting go of the player."""
        self._playback.close()

    @Slot()
    def play(self) -> None:
        """Play on; at the end, play again from the start."""
        self._playback.set_playing(True)

    @Slot()
    def pause(self) -> None:
        self._playback.set_playing(False)

    @Slot()
    def toggle(self) -> None:
        self._playback.set_playing(not self._playback.wants_to_play)

    @Slot(float)
    def seek(self, seconds: float) -> None:
        """Show the picture at `seconds` and go on from there, playing or paused as before."""
        self._playback.seek(seconds)

    @Slot(float)
    def skip(self, seconds: float) -> None:
        """Move back (negative) or forward from the current position."""
        self._playback.seek(seconds, relative=True)

    @Slot(int)
    def set_volume(self, percent: int) -> None:
        """0 to 100; the default is 100."""
        percent = min(max(percent, 0), 100)
        if percent != self._volume:
            self._volume = percent
            self._playback.set_volume(percent / 100)
            self.volume_changed.emit(percent)

    @property
    def playing(self) -> bool:
        """Whether the user wants it to play (it may still be buffering)."""
        return self._playback.wants_to_play

    @property
    def volume(self) -> int:
        return self._volume

    @property
    def state(self) -> PlayerState:
        return self._shown.state

    @property
    def position(self) -> float:
        """Seconds; the exact current value (the signal is throttled)."""
        return self._playback.snapshot().position

    @property
    def duration(self) -> float:
        return self._shown.duration

    @property
    def sound(self) -> Sound | None:
        """Where the sound goes; None until the video is open."""
        return self._shown.sound

    @property
    def sound_error(self) -> DeviceUnavailable | None:
        """Why the speakers cannot be used (sound NO_DEVICE), in the user's language."""
        return self._shown.sound_error

    @property
    def error(self) -> ClassroomError | None:
        """Why the video cannot be played (state FAILED)."""
        return self._shown.error

    @property
    def waiting_for(self) -> int:
        """Bytes from the start of the file the player waits for, in the state BUFFERING."""
        return self._playback.reader.wanted

    @property
    def has_picture(self) -> bool:
        """False for a sound-only lesson (known once the video is open)."""
        return self._shown.has_picture

    @property
    def frame(self) -> QImage | None:
        """The picture on screen now."""
        return self._shown.image

    @property
    def frame_time(self) -> float:
        """Seconds into the video of the picture on screen now."""
        return self._shown.frame_time

    def _hand_off(self) -> None:
        # called by the threads with a lock held: only post one event, and only one at a time
        if not self._news_pending.is_set():
            self._news_pending.set()
            self._news.emit()

    @Slot()
    def _publish(self) -> None:
        """Emit what changed since the last time. Runs in the Qt thread."""
        self._news_pending.clear()
        new, old = self._playback.snapshot(), self._shown
        self._shown = new
        if new.duration != old.duration:
            self.duration_changed.emit(new.duration)
        if new.sound is not old.sound or new.sound_error is not old.sound_error:
            self.sound_changed.emit(new.sound)
        if new.state is not old.state:
            self.state_changed.emit(new.state)
        if new.image is not old.image and new.image is not None:
            self.frame_changed.emit(new.image)
        self._publish_position(new, old)

    def _publish_position(self, new: Snapshot, old: Snapshot) -> None:
        now = time.monotonic()
        steady = new.state is old.state is PlayerState.PLAYING and abs(new.position - old.position) < 1.0
        if steady and now - self._position_at < POSITION_EVERY:
            # keep the last value shown, so the next call still sees a change
            self._shown = replace(new, position=old.position)
            return
        if new.position != old.position:
            self._position_at = now
            self.position_changed.emit(new.position)
