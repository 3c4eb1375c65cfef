"""The camera test of the setup screen: the cameras found, the chosen one's pictures and figures.

Finding cameras runs in the devices-look thread, the camera in camera-<source> (media.camera);
both report through queued signals.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from media.camera import Camera, CameraFigures, CameraInfo, Frame, list_cameras
from media.errors import DeviceUnavailable

FIGURES_EVERY_MS = 1000


class CameraCheck(QObject):
    """The cameras found and what the chosen one shows. Use it in the Qt thread; signals only on a change."""

    cameras_changed = Signal(list)
    """list[CameraInfo]: the cameras found by the last look."""
    frame_changed = Signal(object)
    """np.ndarray: the newest picture, height × width × 3 BGR uint8."""
    figures_changed = Signal(object)
    """CameraFigures, the frame rate rounded to 0.1, or None"""
    problem_changed = Signal(str)
    _cameras_found = Signal(list)
    _frame_ready = Signal()
    _failed = Signal(int, str)

    def __init__(self, source: int | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.cameras: list[CameraInfo] = []
        self.problem = ""
        self.figures: CameraFigures | None = None
        self._running = False
        self._camera: Camera | None = None
        self._round = 0  # which opening of the camera a failure is about
        self._frame_lock = threading.Lock()
        self._frame: np.ndarray | None = None  # the newest picture not yet shown
        self._looking: threading.Thread | None = None
        self._figures_timer = QTimer(self, interval=FIGURES_EVERY_MS)
        self._figures_timer.timeout.connect(self._read_figures)
        queued = Qt.ConnectionType.QueuedConnection
        self._cameras_found.connect(self._show_cameras, queued)
        self._frame_ready.connect(self._show_frame, queued)
        self._failed.connect(self._show_failure, queued)

    @property
    def looking(self) -> bool:
        """Whether the cameras are being listed."""
        return self._looking is not None

    def look_again(self) -> None:
        """Close the camera, list the cameras anew in a thread, then open the chosen one."""
        self._running = True
        self._close()
        self._set_problem("")
        self._looking = threading.Thread(
            target=lambda: self._cameras_found.emit(list_cameras()), name="devices-look", daemon=True
        )
        self._looking.start()

    def stop(self) -> None:
        """Close the camera and wait for the look."""
        self._running = False
        self._close()
        self._join_look()

    def set_source(self, source: int | str) -> None:
        if source != self.source:
            self.source = source
            if self._running and self._looking is None:
                self._close()
                self._open()

    def _open(self) -> None:
        self._set_problem("")
        self._round += 1
        opened = self._round

        def lost(error: DeviceUnavailable) -> None:  # runs in the camera thread
            self._failed.emit(opened, str(error))

        self._camera = Camera(self.source, self._take_frame, lost)
        self._figures_timer.start()

    def _close(self) -> None:
        self._figures_timer.stop()
        if self._camera is not None:
            self._camera.close()
            self._camera = None
        self._set_figures(None)

    def _take_frame(self, frame: Frame) -> None:
        """Hand the picture to the Qt thread. Runs in the camera thread."""
        with self._frame_lock:
            waiting, self._frame = self._frame is not None, frame.pixels
        if not waiting:  # one event at a time: a slow screen skips pictures instead of queueing them
            self._frame_ready.emit()

    def _join_look(self) -> None:
        if self._looking is not None:
            self._looking.join()  # it has only its last signal left to return from
            self._looking = None

    @Slot(list)
    def _show_cameras(self, cameras: list[CameraInfo]) -> None:
        self._join_look()
        if cameras != self.cameras:
            self.cameras = cameras
            self.cameras_changed.emit(cameras)
        if self._running:
            self._open()

    @Slot()
    def _show_frame(self) -> None:
        with self._frame_lock:
            pixels, self._frame = self._frame, None
        if pixels is not None and self._camera is not None:
            self.frame_changed.emit(pixels)

    @Slot(int, str)
    def _show_failure(self, opened: int, problem: str) -> None:
        if opened == self._round and self._camera is not None:
            self._close()
            self._set_problem(problem)

    @Slot()
    def _read_figures(self) -> None:
        figures = self._camera.figures if self._camera is not None else None
        self._set_figures(figures and replace(figures, fps=round(figures.fps, 1)))

    def _set_figures(self, figures: CameraFigures | None) -> None:
        if figures != self.figures:
            self.figures = figures
            self.figures_changed.emit(figures)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)
