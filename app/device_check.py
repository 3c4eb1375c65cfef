"""Testing this PC's camera, microphone and speakers on the setup screen.

The devices are open only between start() and stop() (while the screen shows them). Work that
blocks runs in named threads, which report through queued signals: devices-look (finding
cameras), camera-<source> (media.camera), devices-record (record, then play back) and
devices-test-sound.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from enum import Enum

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QImage

from app.config import DeviceSettings
from media.camera import Camera, CameraFigures, CameraInfo, Frame, list_cameras
from media.chime import chime, play_to_end, speakers_error
from media.errors import DeviceUnavailable
from media.microphone import SILENCE_DBFS, Microphone
from media.microphone import device_error as microphone_error
from media.sound_devices import SoundDevice, sound_devices
from media.speakers import Speakers

logger = logging.getLogger(__name__)

LEVEL_EVERY_MS = 50
FIGURES_EVERY_MS = 1000
RECORD_SECONDS = 3


class Recording(Enum):
    """Where the record-and-play-back test is."""

    IDLE = "idle"
    RECORDING = "recording"
    PLAYING = "playing"
    DONE = "done"
    FAILED = "failed"
    """recording_problem says why."""


class DeviceCheck(QObject):
    """The devices IT staff pick and test, with what each one does now. Use it in the Qt thread.

    Signals are emitted only when their value changed. A device that is missing or fails has a
    problem text (what is wrong and what to do) and leaves the other devices working.
    """

    cameras_changed = Signal(list)
    """list[CameraInfo]: the cameras found by the last look."""
    inputs_changed = Signal(list)
    """list[SoundDevice]"""
    outputs_changed = Signal(list)
    """list[SoundDevice]"""
    camera_frame = Signal(QImage)
    camera_figures = Signal(object)
    """CameraFigures, the frame rate rounded to 0.1"""
    camera_problem = Signal(str)
    microphone_level = Signal(float)
    """Peak dBFS over the last LEVEL_EVERY_MS (SILENCE_DBFS when nothing comes)."""
    microphone_problem = Signal(str)
    recording_changed = Signal(object)
    """Recording"""
    speakers_problem = Signal(str)
    test_sound_changed = Signal(bool)
    """Whether the test sound is playing."""
    _cameras_found = Signal(list)
    _frame_ready = Signal()
    _camera_failed = Signal(int, str)
    _recording_news = Signal(object, str)
    _test_sound_news = Signal(bool, str)

    def __init__(self, settings: DeviceSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.camera_source: int | str = settings.camera
        self.microphone_name = settings.microphone
        self.speakers_name = settings.speakers
        self.cameras: list[CameraInfo] = []
        self.inputs: list[SoundDevice] = []
        self.outputs: list[SoundDevice] = []
        self.camera_problem_text = ""
        self.microphone_problem_text = ""
        self.speakers_problem_text = ""
        self.recording = Recording.IDLE
        self.recording_problem = ""
        self.test_sound_playing = False
        self.figures: CameraFigures | None = None
        self.level = SILENCE_DBFS
        self._volume = 1.0
        self._running = False
        self._camera: Camera | None = None
        self._camera_round = 0  # which opening of the camera a failure is about
        self._microphone: Microphone | None = None
        self._frame_lock = threading.Lock()
        self._frame: QImage | None = None  # the newest picture not yet shown
        self._speakers: list[Speakers] = []  # open while a sound plays, for the volume
        self._stop_sound = threading.Event()
        self._threads: dict[str, threading.Thread] = {}
        self._level_timer = QTimer(self, interval=LEVEL_EVERY_MS)
        self._level_timer.timeout.connect(self._read_level)
        self._figures_timer = QTimer(self, interval=FIGURES_EVERY_MS)
        self._figures_timer.timeout.connect(self._read_figures)
        queued = Qt.ConnectionType.QueuedConnection
        self._cameras_found.connect(self._show_cameras, queued)
        self._frame_ready.connect(self._show_frame, queued)
        self._camera_failed.connect(self._show_camera_failure, queued)
        self._recording_news.connect(self._show_recording, queued)
        self._test_sound_news.connect(self._show_test_sound, queued)

    @property
    def running(self) -> bool:
        return self._running

    def choices(self) -> dict[str, object]:
        """The devices picked, as DeviceSettings names them."""
        return {"camera": self.camera_source, "microphone": self.microphone_name, "speakers": self.speakers_name}

    @Slot()
    def start(self) -> None:
        """Open the microphone and look for cameras (the chosen one opens after)."""
        if self._running:
            return
        self._running = True
        self._stop_sound.clear()
        self.look_again()

    @Slot()
    def stop(self) -> None:
        """Close every device and wait for the threads."""
        if not self._running:
            return
        self._running = False
        self._stop_sound.set()
        self._close_camera()
        self._close_microphone()
        for thread in list(self._threads.values()):
            thread.join()
        self._threads.clear()
        self._set_recording(Recording.IDLE, "")
        self._set_test_sound(False, "")

    @Slot()
    def look_again(self) -> None:
        """List the devices anew and try the chosen ones again (cameras are found in a thread)."""
        if not self._running or "devices-look" in self._threads:
            return
        try:
            inputs, outputs, sound_problem = sound_devices("input"), sound_devices("output"), ""
        except DeviceUnavailable as e:
            inputs, outputs, sound_problem = [], [], str(e)
        self._set_list("inputs", inputs, self.inputs_changed)
        self._set_list("outputs", outputs, self.outputs_changed)
        self._set_problem("speakers", sound_problem or self._missing("speakers"))
        if self._microphone is None or self.microphone_problem_text:
            self._close_microphone()
            self._open_microphone(sound_problem)
        self._close_camera()
        self._set_problem("camera", "")
        self._run_thread("devices-look", lambda: self._cameras_found.emit(list_cameras()))

    def set_camera(self, source: int | str) -> None:
        if source != self.camera_source:
            self.camera_source = source
            if self._running and "devices-look" not in self._threads:
                self._close_camera()
                self._open_camera()

    def set_microphone(self, name: str) -> None:
        if name != self.microphone_name:
            self.microphone_name = name
            if self._running:
                self._close_microphone()
                self._open_microphone()

    def set_speakers(self, name: str) -> None:
        if name != self.speakers_name:
            self.speakers_name = name
            self._set_problem("speakers", self._missing("speakers") if self._running else "")

    @Slot(int)
    def set_volume(self, percent: int) -> None:
        """0 to 100, for the test sound and the play back (also while they play)."""
        self._volume = min(max(percent, 0), 100) / 100
        for speakers in list(self._speakers):
            speakers.set_volume(self._volume)

    @property
    def volume(self) -> int:
        return round(self._volume * 100)

    @Slot()
    def play_test_sound(self) -> None:
        """Play the chime on the chosen speakers (once at a time; not when there are none)."""
        if not self._running or self.test_sound_playing or not self.outputs:
            return
        self._set_test_sound(True, "")
        self._run_thread("devices-test-sound", self._test_sound_work)

    @Slot()
    def record_and_play_back(self) -> None:
        """Record RECORD_SECONDS from the chosen microphone, then play them on the chosen speakers."""
        if not self._running or self._microphone is None or self.recording in (Recording.RECORDING, Recording.PLAYING):
            return
        microphone = self._microphone
        self._set_recording(Recording.RECORDING, "")
        self._run_thread("devices-record", lambda: self._record_work(microphone))

    # camera

    def _open_camera(self) -> None:
        self._set_problem("camera", "")
        self._camera_round += 1
        opened = self._camera_round

        def lost(error: DeviceUnavailable) -> None:  # runs in the camera thread
            self._camera_failed.emit(opened, str(error))

        self._camera = Camera(self.camera_source, self._take_frame, lost)
        self._figures_timer.start()

    def _close_camera(self) -> None:
        self._figures_timer.stop()
        if self._camera is not None:
            self._camera.close()
            self._camera = None
        self._set_figures(None)

    def _take_frame(self, frame: Frame) -> None:
        """Make the picture a QImage and hand it to the Qt thread. Runs in the camera thread."""
        height, width = frame.pixels.shape[:2]
        image = QImage(frame.pixels.data, width, height, frame.pixels.strides[0], QImage.Format.Format_BGR888).copy()
        with self._frame_lock:
            waiting, self._frame = self._frame is not None, image
        if not waiting:  # one event at a time: a slow screen skips pictures instead of queueing them
            self._frame_ready.emit()

    @Slot(list)
    def _show_cameras(self, cameras: list[CameraInfo]) -> None:
        self._thread_done("devices-look")
        self._set_list("cameras", cameras, self.cameras_changed)
        if self._running:
            self._open_camera()

    @Slot()
    def _show_frame(self) -> None:
        with self._frame_lock:
            image, self._frame = self._frame, None
        if image is not None and self._camera is not None:
            self.camera_frame.emit(image)

    @Slot(int, str)
    def _show_camera_failure(self, opened: int, problem: str) -> None:
        if opened == self._camera_round and self._camera is not None:
            self._close_camera()
            self._set_problem("camera", problem)

    @Slot()
    def _read_figures(self) -> None:
        figures = self._camera.figures if self._camera is not None else None
        self._set_figures(figures and replace(figures, fps=round(figures.fps, 1)))

    def _set_figures(self, figures: CameraFigures | None) -> None:
        if figures != self.figures:
            self.figures = figures
            self.camera_figures.emit(figures)

    # microphone

    def _open_microphone(self, sound_problem: str = "") -> None:
        problem = sound_problem or self._missing("microphone")
        if problem:
            self._set_problem("microphone", problem)
            return
        try:
            self._microphone = Microphone(self.microphone_name or None)
        except DeviceUnavailable as e:
            self._set_problem("microphone", str(e))
            return
        self._set_problem("microphone", "")
        self._level_timer.start()

    def _close_microphone(self) -> None:
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
            self._close_microphone()
            self._set_problem("microphone", str(microphone_error(device, problem)))
            return
        self._set_level(self._microphone.level().peak)

    def _set_level(self, level: float) -> None:
        if level != self.level:
            self.level = level
            self.microphone_level.emit(level)

    # sound out

    def _play(self, samples: np.ndarray) -> None:
        """Play on the chosen speakers at the volume. Runs in a worker thread."""
        speakers = Speakers(1, self.speakers_name or None)
        speakers.set_volume(self._volume)
        self._speakers.append(speakers)
        try:
            play_to_end(speakers, samples, self._stop_sound)
        finally:
            self._speakers.remove(speakers)
            speakers.close()

    def _test_sound_work(self) -> None:
        """Runs in the devices-test-sound thread."""
        try:
            self._play(chime())
        except DeviceUnavailable as e:
            self._test_sound_news.emit(False, str(speakers_error(self.speakers_name, e.__cause__ or e)))
        else:
            self._test_sound_news.emit(False, "")

    def _record_work(self, microphone: Microphone) -> None:
        """Runs in the devices-record thread."""
        try:
            samples = microphone.record(RECORD_SECONDS, self._stop_sound)
        except DeviceUnavailable as e:
            self._recording_news.emit(Recording.FAILED, str(e))
            return
        if self._stop_sound.is_set():
            return
        self._recording_news.emit(Recording.PLAYING, "")
        try:
            self._play(samples)
        except DeviceUnavailable as e:
            self._recording_news.emit(Recording.FAILED, str(speakers_error(self.speakers_name, e.__cause__ or e)))
        else:
            self._recording_news.emit(Recording.DONE, "")

    @Slot(bool, str)
    def _show_test_sound(self, playing: bool, problem: str) -> None:
        self._thread_done("devices-test-sound")
        if self._running:
            self._set_test_sound(playing, problem)

    @Slot(object, str)
    def _show_recording(self, state: Recording, problem: str) -> None:
        if state is not Recording.PLAYING:
            self._thread_done("devices-record")
        if self._running:
            self._set_recording(state, problem)

    def _set_test_sound(self, playing: bool, problem: str) -> None:
        if playing != self.test_sound_playing:
            self.test_sound_playing = playing
            self.test_sound_changed.emit(playing)
        if not playing:
            self._set_problem("speakers", problem or self._missing("speakers"))

    def _set_recording(self, state: Recording, problem: str) -> None:
        if (state, problem) != (self.recording, self.recording_problem):
            self.recording, self.recording_problem = state, problem
            self.recording_changed.emit(state)

    # common

    def _missing(self, kind: str) -> str:
        """Why the chosen microphone or speakers cannot be there, "" if they may be."""
        if kind == "microphone":
            devices, name = self.inputs, self.microphone_name
            if not devices:
                return self.tr("No microphone found. Plug in a microphone or headset, then press Look again.")
            absent = self.tr("The microphone {name} is not found. Plug it in and press Look again, or choose another.")
        else:
            devices, name = self.outputs, self.speakers_name
            if not devices:
                return self.tr("No speakers found. Plug in speakers or headphones, then press Look again.")
            absent = self.tr("The speakers {name} are not found. Plug them in and press Look again, or choose others.")
        return absent.format(name=name) if name and name not in [d.name for d in devices] else ""

    def _set_problem(self, device: str, problem: str) -> None:
        if problem != getattr(self, f"{device}_problem_text"):
            setattr(self, f"{device}_problem_text", problem)
            getattr(self, f"{device}_problem").emit(problem)

    def _set_list(self, name: str, found: list[CameraInfo] | list[SoundDevice], signal: SignalInstance) -> None:
        if found != getattr(self, name):
            setattr(self, name, found)
            signal.emit(found)

    def _thread_done(self, name: str) -> None:
        thread = self._threads.pop(name, None)
        if thread is not None:
            thread.join()  # it has only its last signal left to return from

    def _run_thread(self, name: str, work: Callable[[], None]) -> None:
        thread = threading.Thread(target=work, name=name, daemon=True)
        self._threads[name] = thread
        thread.start()
