"""The speakers test of the setup screen: the speakers found, a test sound, the volume.

Sounds play in worker threads (devices-test-sound, and devices-record for the microphone's play
back), which report through queued signals.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from media.chime import chime, play_to_end, speakers_error
from media.errors import DeviceUnavailable
from media.sound_devices import SoundDevice
from media.speakers import Speakers

translate = QCoreApplication.translate


class SpeakerCheck(QObject):
    """The speakers found, the chosen ones, and whether the test sound plays. Use it in the Qt thread.

    Signals are emitted only when their value changed.
    """

    outputs_changed = Signal(list)
    """list[SoundDevice]"""
    problem_changed = Signal(str)
    playing_changed = Signal(bool)
    """Whether the test sound is playing."""
    _news = Signal(bool, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.outputs: list[SoundDevice] = []
        self.problem = ""
        self.playing = False
        self._volume = 1.0
        self._running = False
        self._open: list[Speakers] = []  # open while a sound plays, for the volume
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._news.connect(self._show_news, Qt.ConnectionType.QueuedConnection)

    def found(self, outputs: list[SoundDevice], sound_problem: str) -> None:
        """The speakers of the last look (sound_problem: why none could be listed)."""
        self._running = True
        self._stop.clear()
        if outputs != self.outputs:
            self.outputs = outputs
            self.outputs_changed.emit(outputs)
        self._set_problem(sound_problem or self.missing())

    def stop(self) -> None:
        """Stop any sound and wait for its thread."""
        self._running = False
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._set_playing(False, "")

    def set_name(self, name: str) -> None:
        if name != self.name:
            self.name = name
            self._set_problem(self.missing() if self._running else "")

    @Slot(int)
    def set_volume(self, percent: int) -> None:
        """0 to 100, for the test sound and the play back (also while they play)."""
        self._volume = min(max(percent, 0), 100) / 100
        for speakers in list(self._open):
            speakers.set_volume(self._volume)

    @property
    def volume(self) -> int:
        return round(self._volume * 100)

    @Slot()
    def play_test_sound(self) -> None:
        """Play the chime on the chosen speakers (once at a time; not when there are none)."""
        if not self._running or self.playing or not self.outputs:
            return
        self._set_playing(True, "")
        self._thread = threading.Thread(target=self._test_sound_work, name="devices-test-sound", daemon=True)
        self._thread.start()

    def play(self, samples: np.ndarray) -> None:
        """Play on the chosen speakers at the volume, until the end or stop(); DeviceUnavailable says
        what to do. Runs in a worker thread.
        """
        try:
            speakers = Speakers(1, self.name or None)
            speakers.set_volume(self._volume)
            self._open.append(speakers)
            try:
                play_to_end(speakers, samples, self._stop)
            finally:
                self._open.remove(speakers)
                speakers.close()
        except DeviceUnavailable as e:
            raise speakers_error(self.name, e.__cause__ or e) from e

    def missing(self) -> str:
        """Why the chosen speakers cannot be there, "" if they may be."""
        if not self.outputs:
            return translate("DeviceCheck", "No speakers found. Plug in speakers or headphones, then press Look again.")
        absent = translate(
            "DeviceCheck", "The speakers {name} are not found. Plug them in and press Look again, or choose others."
        )
        return absent.format(name=self.name) if self.name and self.name not in [d.name for d in self.outputs] else ""

    def _test_sound_work(self) -> None:
        """Runs in the devices-test-sound thread."""
        try:
            self.play(chime())
        except DeviceUnavailable as e:
            self._news.emit(False, str(e))
        else:
            self._news.emit(False, "")

    @Slot(bool, str)
    def _show_news(self, playing: bool, problem: str) -> None:
        if self._thread is not None:
            self._thread.join()  # it has only its last signal left to return from
            self._thread = None
        if self._running:
            self._set_playing(playing, problem)

    def _set_playing(self, playing: bool, problem: str) -> None:
        if playing != self.playing:
            self.playing = playing
            self.playing_changed.emit(playing)
        if not playing:
            self._set_problem(problem or self.missing())

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)
