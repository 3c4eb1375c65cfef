"""The playback engine: decoding ahead in one thread, presenting on the clock in another.

`player-decode` reads and decodes ahead into a queue of pictures and the speakers' sample queue;
`player-present` takes each picture off the queue when the clock reaches its time (late ones are
dropped) and converts it to a QImage. Sound is the clock when it plays; otherwise monotonic time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

from PySide6.QtGui import QImage

from media.decoder import AudioItem, Decoder, Source, VideoItem, broken, unreadable
from media.errors import ClassroomError, DeviceUnavailable, VideoUnreadable
from media.partial_reader import Edge, PartialReader, ReadInterrupted
from media.pictures import Pictures
from media.playback_clock import PlaybackClock, open_speakers
from media.player_state import PlayerState, Snapshot, Sound, screen_state
from media.speakers import device_error
from media.startable import open_when_available

logger = logging.getLogger(__name__)

IDLE_WAIT = 0.05
"""Longest sleep of either thread between looks at the queues and the clock."""


class Playback:
    """Plays one video; every public method may be called from any thread.

    `on_news` is called (from any thread, with a lock held: it must only hand off) whenever the
    snapshot has changed.
    """

    def __init__(
        self,
        source: Source,
        edge: Edge | None,
        device: int | str | None,
        name: str,
        on_news: Callable[[], None],
        duration: float = 0.0,
    ) -> None:
        self.name = name
        self._known_duration = duration
        self._device = device
        self._on_news = on_news
        self._cond = threading.Condition()
        self.reader = PartialReader(source, edge, self._reader_waits, self._give_up)
        self._clock = PlaybackClock()
        self._pictures = Pictures()
        self._threads: list[threading.Thread] = []
        self._want_play = self._closing = self._opened = self._ended = self._waiting = False
        self._pending_seek: float | None = None
        self._volume = 1.0
        self._state = PlayerState.LOADING
        self._error: ClassroomError | None = None
        self._sound: Sound | None = None
        self._sound_error: DeviceUnavailable | None = None
        self._duration = self._position = self._frame_time = 0.0
        self._image: QImage | None = None
        self._has_picture = True

    def start(self, position: float, play: bool) -> None:
        with self._cond:
            self._want_play = play
            self._request_seek(max(position, 0.0))
        for name, target in (("player-decode", self._decode), ("player-present", self._present)):
            thread = threading.Thread(target=self._guarded, args=(target,), name=name, daemon=True)
            self._threads.append(thread)
            thread.start()

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self.reader.wake()
        for thread in self._threads:
            thread.join(timeout=5)
            if thread.is_alive():
                logger.error("%s did not stop within 5 s", thread.name)
        self._clock.close()

    def set_playing(self, playing: bool) -> None:
        with self._cond:
            if playing and self._ended:
                self._request_seek(0.0)
            self._want_play = playing
            self._apply_playing()

    def seek(self, seconds: float, relative: bool = False) -> None:
        """Go to `seconds`, or that far from where playback stands or is about to after a seek."""
        with self._cond:
            if relative:
                seconds += self._pending_seek if self._pending_seek is not None else self._position
            self._request_seek(min(max(seconds, 0.0), self._duration if self._opened else seconds))

    def set_volume(self, volume: float) -> None:
        with self._cond:
            self._volume = volume
            self._clock.set_volume(volume)

    @property
    def wants_to_play(self) -> bool:
        return self._want_play and not self._ended

    def snapshot(self) -> Snapshot:
        with self._cond:
            return Snapshot(
                self._state,
                self._position,
                self._duration,
                self._sound,
                self._sound_error,
                self._error,
                self._image,
                self._frame_time,
                self._has_picture,
            )

    # -- with self._cond held ------------------------------------------------------------------

    def _request_seek(self, seconds: float) -> None:
        self._pending_seek = self._position = seconds
        self._ended = False
        self._apply_playing()
        self._cond.notify_all()
        self.reader.wake()
        self._on_news()

    def _apply_playing(self) -> None:
        self._clock.set_playing(self.wants_to_play)
        self._update_state()

    def _update_state(self) -> None:
        starved = self._waiting and not self._pictures and self._clock.now() >= self._clock.horizon - 0.01
        state = screen_state(
            self._error is not None, self._opened, self._waiting, self._ended, self._want_play, starved
        )
        if state is not self._state:
            logger.debug("%s: %s -> %s", self.name, self._state.value, state.value)
            self._state = state
            self._on_news()

    def _guarded(self, work: Callable[[], None]) -> None:
        """Run one thread's work; whatever escapes it stops the video with a message and a log entry."""
        try:
            work()
        except Exception as e:  # the thread's edge: a dead thread must never look like a video playing
            logger.exception("%s: %s failed", self.name, threading.current_thread().name)
            self._fail(broken(self.name, e))

    # -- the decode thread ------------------------------------------------------------------------

    def _reader_waits(self, waiting: bool) -> None:
        with self._cond:
            self._waiting = waiting
            self._update_state()

    def _give_up(self) -> bool:
        # the seek to the start position waits for the video to open; later seeks interrupt reads
        return self._closing or (self._opened and self._pending_seek is not None)

    def _decode(self) -> None:
        """Open the video, then decode ahead until closed. Runs in the decode thread."""
        try:
            decoder = open_when_available(self.reader, self.name)
        except ReadInterrupted:
            return
        except VideoUnreadable as e:
            self._fail(e)
            return
        try:
            self._open_sound(decoder)
            self._decode_ahead(decoder)
        except VideoUnreadable as e:
            self._fail(e)
        except Exception as e:  # the thread's edge: whatever broke, the screen must say so
            logger.exception("decoding %s failed", self.name)
            self._fail(unreadable(self.name, e))
        finally:
            decoder.close()

    def _open_sound(self, decoder: Decoder) -> None:
        """Open the speakers if the video has sound; without them the picture plays on. Decode thread."""
        sound, error, speakers = open_speakers(decoder.channels, self._device, self.name)
        with self._cond:
            # a TS still downloading does not say its length: the catalog's is shown
            self._duration = decoder.duration or self._known_duration
            self._opened, self._has_picture = True, decoder.has_picture
            self._sound, self._sound_error = sound, error
            if speakers is not None:
                self._clock.use_speakers(speakers, self._volume)
            self._apply_playing()
            self._on_news()

    def _decode_ahead(self, decoder: Decoder) -> None:
        """Keep the queues filled, restarting at each seek, until closed. Runs in the decode thread."""
        items: Iterator[VideoItem | AudioItem] | None = None
        while True:
            with self._cond:
                while not self._give_up() and (items is None or self._clock.full(self._pictures.queued)):
                    self._cond.wait(IDLE_WAIT)
                if self._closing:
                    return
                target, self._pending_seek = self._pending_seek, None
                if target is not None:
                    self._restart_at(target)
            if target is not None:
                items = decoder.frames(target)
            assert items is not None
            try:
                item = next(items)
            except ReadInterrupted:
                continue  # a seek or a close is waiting
            except StopIteration:
                items = None
                with self._cond:
                    self._pictures.complete = True
                    self._cond.notify_all()
                continue
            with self._cond:
                if isinstance(item, VideoItem):
                    self._pictures.add(item, decoder.frame_duration)
                    self._clock.wall.extend(self._pictures.end)
                    self._update_state()
                    self._cond.notify_all()
                elif self._clock.speakers is not None:
                    self._clock.speakers.push(item.pts, item.samples)

    def _restart_at(self, target: float) -> None:
        self._pictures.restart(target)
        self._ended = False
        self._clock.reset(target)
        self._apply_playing()

    def _fail(self, error: ClassroomError) -> None:
        logger.warning("%s cannot be played: %s", self.name, error)
        with self._cond:
            self._error = error
            self._want_play = False  # no sound on without its picture
            self._apply_playing()
            self._cond.notify_all()

    # -- the present thread ------------------------------------------------------------------------

    def _present(self) -> None:
        """Show each picture when the clock reaches it. Runs in the present thread."""
        while True:
            with self._cond:
                if self._closing:
                    return
                due, generation, wait = self._due()
            if due is not None:
                image = due.to_qimage()
                with self._cond:
                    if generation == self._pictures.generation:
                        self._image, self._frame_time = image, due.pts
                        self._on_news()
            with self._cond:
                if not self._closing:
                    self._cond.wait(wait)

    def _due(self) -> tuple[VideoItem | None, int, float]:
        """The picture to show now (if any), its generation, and how long to wait for the next.

        Runs in the present thread, with self._cond held.
        """
        self._check_sound()
        now = self._clock.now()
        due = self._pictures.take_due(now)
        if due is not None:
            self._cond.notify_all()  # room in the queue
        if self._pictures.drained and self._opened and now >= self._clock.horizon - 0.01:
            if not self._ended:
                self._ended = True
                self._apply_playing()
        position = self._duration if self._ended else min(now, self._duration or now)
        if self._pending_seek is None and position != self._position:
            self._position = position
            self._on_news()
        self._update_state()
        return due, self._pictures.generation, self._pictures.wait(now, IDLE_WAIT)

    def _check_sound(self) -> None:
        """Move to the monotonic clock if the speakers failed or the sound ended before the picture.

        Runs in the present thread, with self._cond held.
        """
        switched, problem = self._clock.check_sound(self._pictures)
        if problem:
            logger.warning("%s: speakers failed (%s); the picture goes on without sound", self.name, problem)
            self._sound, self._sound_error = Sound.NO_DEVICE, device_error(problem)
            self._on_news()
        if switched:
            self._apply_playing()
