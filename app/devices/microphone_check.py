"""The microphone test of the setup screen: the microphones found, the level, record and play back.

Recording runs in the devices-record thread, which plays back on the speakers of a SpeakerCheck
and reports through queued signals.
"""

from __future__ import annotations

import threading
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from app.devices.speaker_check import SpeakerCheck
from media.errors import DeviceUnavailable
from media.microphone import SILENCE_DBFS, Microphone
from media.microphone import device_error as microphone_error
from media.sound_devices import SoundDevice

translate = QCoreApplication.translate

LEVEL_EVERY_MS = 50
RECORD_SECONDS = 3


class Recording(Enum):
    """Where the record-and-play-back test is."""

    IDLE = "idle"
    RECORDING = "recording"
    PLAYING = "playing"
    DONE = "done"
    FAILED = "failed"
    """recording_problem says why."""


class MicrophoneCheck(QObject):
    """The microphones found, the chosen one's level, and the record-and-play-back test. Use it in the Qt thread.

    Signals are emitted only when their value changed.
    """

    inputs_changed = Signal(list)
    """list[SoundDevice]"""
    level_changed = Signal(float)
    """Peak dBFS over the last LEVEL_EVERY_MS (SILENCE_DBFS when nothing comes)."""
    problem_changed = Signal(str)
    recording_changed = Signal(object)
    """Recording"""
    _news = Signal(object, str)

    def __init__(self, name: str, speakers: SpeakerCheck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.inputs: list[SoundDevice] = []
        self.problem = ""
        self.level = SILENCE_DBFS
        self.recording = Recording.IDLE
        self.recording_problem = ""
        self._speakers = speakers
        self._running = False
        self._microphone: Microphone | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._level_timer = QTimer(self, interval=LEVEL_EVERY_MS)
        self._level_timer.timeout.connect(self._read_level)
        self._news.connect(self._show_news, Qt.ConnectionType.QueuedConnection)

    def found(self, inputs: list[SoundDevice], sound_problem: str) -> None:
        """The microphones of the last look (sound_problem: why none could be listed); opens the chosen one
        unless it works already.
        """
        self._running = True
        self._stop.clear()
        if inputs != self.inputs:
            self.inputs = inputs
            self.inputs_changed.emit(inputs)
        if self._microphone is None or self.problem:
            self._close()
            self._open(sound_problem)

    def stop(self) -> None:
        """Close the microphone and wait for the recording."""
        self._running = False
        self._stop.set()
        self._close()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._set_recording(Recording.IDLE, "")

    def set_name(self, name: str) -> None:
        if name != self.name:
            self.name = name
            if self._running:
                self._close()
                self._open()

    @Slot()
    def record_and_play_back(self) -> None:
        """Record RECORD_SECONDS from the chosen microphone, then play them on the chosen speakers."""
        if not self._running or self._microphone is None or self.recording in (Recording.RECORDING, Recording.PLAYING):
            return
        microphone = self._microphone
        self._set_recording(Recording.RECORDING, "")
        self._thread = threading.Thread(
            target=lambda: self._record_work(microphone), name="devices-record", daemon=True
        )
        self._thread.start()

    def missing(self) -> str:
        """Why the chosen microphone cannot be there, "" if it may be."""
        if not self.inputs:
            return translate(
                "DeviceCheck", "No microphone found. Plug in a microphone or headset, then press Look again."
            )
        absent = translate(
            "DeviceCheck", "The microphone {name} is not found. Plug it in and press Look again, or choose another."
        )
        return absent.format(name=self.name) if self.name and self.name not in [d.name for d in self.inputs] else ""

    def _open(self, sound_problem: str = "") -> None:
        problem = sound_problem or self.missing()
        if problem:
            self._set_problem(problem)
            return
        try:
            self._microphone = Microphone(self.name or None)
        except DeviceUnavailable as e:
            self._set_problem(str(e))
            return
        self._set_problem("")
        self._level_timer.start()

    def _close(self) -> None:
        self._level_timer.stop()
        if self._microphone is not None:
            self._microphone.close()
            self._microphone = None
        self._set_level(SILENCE_DBFS)

    @Slot()
    def _read_level(self) -> None:
        if self._microphone is None:
            return
        problem = self._microphone.failure()
        if problem:
            device = self._microphone.device
            self._close()
            self._set_problem(str(microphone_error(device, problem)))
            return
        self._set_level(self._microphone.level().peak)

    def _set_level(self, level: float) -> None:
        if level != self.level:
            self.level = level
            self.level_changed.emit(level)

    def _record_work(self, microphone: Microphone) -> None:
        """Runs in the devices-record thread."""
        try:
            samples = microphone.record(RECORD_SECONDS, self._stop)
        except DeviceUnavailable as e:
            self._news.emit(Recording.FAILED, str(e))
            return
        if self._stop.is_set():
            return
        self._news.emit(Recording.PLAYING, "")
        try:
            self._speakers.play(samples)
        except DeviceUnavailable as e:
            self._news.emit(Recording.FAILED, str(e))
        else:
            self._news.emit(Recording.DONE, "")

    @Slot(object, str)
    def _show_news(self, state: Recording, problem: str) -> None:
        if state is not Recording.PLAYING and self._thread is not None:
            self._thread.join()  # it has only its last signal left to return from
            self._thread = None
        if self._running:
            self._set_recording(state, problem)

    def _set_recording(self, state: Recording, problem: str) -> None:
        if (state, problem) != (self.recording, self.recording_problem):
            self.recording, self.recording_problem = state, problem
            self.recording_changed.emit(state)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)
