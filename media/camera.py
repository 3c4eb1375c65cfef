"""The camera through OpenCV: which cameras can be opened, and a Camera that reads one in a thread.

A video file stands in for a camera where there is none (tests, demos): it is paced at its own
frame rate and starts again at its end. Frames stay OpenCV's BGR numpy arrays; the setup screen
turns them into QImages, the live lesson into aiortc frames (av.VideoFrame.from_ndarray(...,
format="bgr24")).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication

from media.errors import DeviceUnavailable

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

CAMERA_NUMBERS = range(4)
"""The camera numbers tried when looking for cameras."""
WANTED_SIZE = (640, 480)
"""Asked of a real camera; what it delivers is measured (a file keeps its own size)."""
WANTED_FPS = 15
FPS_WINDOW = 30
"""The achieved frame rate is measured over this many frames."""
FILE_FPS = 15.0
"""Pace of a video file that does not say its own frame rate."""

cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)  # no warning per absent camera


@dataclass(frozen=True)
class CameraInfo:
    """A camera OpenCV can open."""

    number: int
    """OpenCV's camera index (0 for the first camera)."""
    name: str
    """What the system calls it; "" where it does not say (only Linux does, in sysfs)."""


@dataclass(frozen=True)
class Frame:
    """One picture from the camera."""

    pixels: np.ndarray
    """Height × width × 3, BGR, uint8; the camera never writes to it again."""
    number: int
    """Counts from 0 since the camera started (a looping file goes on counting)."""
    at: float
    """time.monotonic() when it was read."""


@dataclass(frozen=True)
class CameraFigures:
    """What the camera actually delivers."""

    width: int
    height: int
    fps: float
    """Frames per second over the last FPS_WINDOW frames; 0 until two have come."""


def camera_name(number: int) -> str:
    """The name Linux gives camera `number` (/sys/class/video4linux/video<number>/name), else ""."""
    try:
        return Path(f"/sys/class/video4linux/video{number}/name").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def list_cameras() -> list[CameraInfo]:
    """The cameras among CAMERA_NUMBERS that open and give a picture. Blocks (up to a second or so
    per camera): call it from a worker thread in a screen."""
    found = []
    for number in CAMERA_NUMBERS:
        capture = cv2.VideoCapture(number)
        try:
            if capture.isOpened() and capture.read()[0]:
                found.append(CameraInfo(number, camera_name(number)))
        finally:
            capture.release()
    return found


def source_text(source: int | str) -> str:
    """How a camera source is named in messages and logs."""
    return str(source) if isinstance(source, int) else Path(source).name


class Camera:
    """Reads pictures from a camera number or a video file in a thread named camera-<source>.

    on_frame gets every Frame, on_failure the DeviceUnavailable that stopped it (the camera cannot
    be opened, or stopped giving pictures); both are called in the camera's thread and must be
    quick. The newest frame and the achieved figures can be read from any thread. close() stops
    and joins the thread; a closed camera reports no failure.
    """

    def __init__(
        self,
        source: int | str,
        on_frame: Callable[[Frame], None],
        on_failure: Callable[[DeviceUnavailable], None],
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._on_failure = on_failure
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: Frame | None = None
        self._times: deque[float] = deque(maxlen=FPS_WINDOW)
        self._thread = threading.Thread(target=self._run, name=f"camera-{source_text(source)}", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def latest(self) -> Frame | None:
        """The newest frame, None before the first."""
        with self._lock:
            return self._latest

    @property
    def figures(self) -> CameraFigures | None:
        """Size and frame rate achieved so far, None before the first frame."""
        with self._lock:
            if self._latest is None:
                return None
            height, width = self._latest.pixels.shape[:2]
            span = self._times[-1] - self._times[0]
            fps = (len(self._times) - 1) / span if span > 0 else 0.0
            return CameraFigures(width, height, fps)

    def _run(self) -> None:
        """Open, read until closed or failing, release. Runs in the camera thread."""
        try:
            if isinstance(self.source, int):
                self._read_camera(self.source)
            else:
                self._read_file(self.source)
        except DeviceUnavailable as e:
            if not self._stop.is_set():
                logger.warning("camera %s: %s", self.source, e)
                self._on_failure(e)

    def _read_camera(self, number: int) -> None:
        capture = cv2.VideoCapture(number)
        try:
            if not capture.isOpened():
                raise DeviceUnavailable(
                    translate(
                        "camera",
                        "No camera found (camera {number} cannot be opened). Plug in a USB camera and press"
                        " Look again, or choose another camera.",
                    ).format(number=number)
                )
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, WANTED_SIZE[0])
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, WANTED_SIZE[1])
            capture.set(cv2.CAP_PROP_FPS, WANTED_FPS)
            logger.info("camera %d open: %s", number, camera_name(number) or "no name")
            while not self._stop.is_set():
                ok, pixels = capture.read()  # blocks until the camera's next picture
                if not ok:
                    raise DeviceUnavailable(
                        translate(
                            "camera",
                            "The camera stopped sending pictures; it may have been unplugged. Check its cable,"
                            " then press Look again.",
                        )
                    )
                self._deliver(pixels)
        finally:
            capture.release()

    def _read_file(self, path: str) -> None:
        """Play the file at its own frame rate, again from the start at its end."""
        while not self._stop.is_set():
            capture = cv2.VideoCapture(path)  # opened anew each round: a file gone since is noticed
            try:
                if not capture.isOpened():
                    raise self._file_error(path)
                period = 1 / (capture.get(cv2.CAP_PROP_FPS) or FILE_FPS)
                due = time.monotonic()
                read = 0
                while not self._stop.wait(max(due - time.monotonic(), 0)):
                    ok, pixels = capture.read()
                    if not ok:
                        break
                    read += 1
                    self._deliver(pixels)
                    due += period
                    if due < time.monotonic() - period:  # late by more than a frame (a busy machine): do not rush
                        due = time.monotonic()
                if read == 0 and not self._stop.is_set():
                    raise self._file_error(path)
            finally:
                capture.release()

    @staticmethod
    def _file_error(path: str) -> DeviceUnavailable:
        return DeviceUnavailable(
            translate(
                "camera",
                "The video file {path} cannot be played as a camera: it is missing or not a video."
                " Check the file, or choose a camera.",
            ).format(path=path)
        )

    def _deliver(self, pixels: np.ndarray) -> None:
        now = time.monotonic()
        with self._lock:
            number = self._latest.number + 1 if self._latest is not None else 0
            frame = self._latest = Frame(pixels, number, now)
            self._times.append(now)
        self._on_frame(frame)
