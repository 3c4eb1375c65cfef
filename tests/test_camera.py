"""The camera on a video file (these machines have no camera device), and a camera that is not there."""

from __future__ import annotations

import threading
from pathlib import Path

from media.camera import Camera, Frame, list_cameras
from media.errors import DeviceUnavailable
from tests.camera_video import frame_number


def camera_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("camera-")]


def wait_for(condition: threading.Event, what: str) -> None:
    assert condition.wait(10), what


def test_a_video_file_camera_delivers_every_frame_in_order_loops_and_measures_itself(camera_clip: Path) -> None:
    frames: list[Frame] = []
    failures: list[DeviceUnavailable] = []
    threads: set[str] = set()
    enough = threading.Event()

    def take(frame: Frame) -> None:
        threads.add(threading.current_thread().name)
        frames.append(frame)
        if len(frames) >= 40:
            enough.set()

    camera = Camera(str(camera_clip), take, failures.append)
    wait_for(enough, "40 frames")
    figures = camera.figures
    camera.close()
    assert camera_threads() == [] and failures == []
    assert threads == {"camera-camera.avi"}  # read in the camera's thread, never the caller's
    count = len(frames)
    assert [f.number for f in frames] == list(range(count))
    assert [frame_number(f.pixels) for f in frames] == [i % 30 for i in range(count)]  # on past the end, from 0
    assert frames[0].pixels.shape == (240, 320, 3)
    assert figures is not None and (figures.width, figures.height) == (320, 240)
    assert 0 < figures.fps < 20, figures  # paced at the file's 15 frames/s, never faster
    assert camera.latest is frames[-1]


def test_a_camera_number_without_a_device_says_no_camera_found() -> None:
    failed = threading.Event()
    failures: list[DeviceUnavailable] = []

    def fail(error: DeviceUnavailable) -> None:
        failures.append(error)
        failed.set()

    camera = Camera(7, lambda frame: None, fail)
    wait_for(failed, "a failure")
    camera.close()
    assert camera.latest is None and camera.figures is None
    assert str(failures[0]).startswith("No camera found (camera 7 cannot be opened). Plug in a USB camera")
    assert 7 not in [c.number for c in list_cameras()]


def test_a_video_file_that_is_no_video_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.avi").write_text("not a video")
    failures: list[DeviceUnavailable] = []
    failed = threading.Event()
    camera = Camera(str(tmp_path / "notes.avi"), lambda frame: None, lambda e: (failures.append(e), failed.set()))
    wait_for(failed, "a failure")
    camera.close()
    assert "notes.avi cannot be played as a camera" in str(failures[0])
