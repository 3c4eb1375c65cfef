"""The devices panel of IT setup with real devices: a video file as the camera, and real sound
through this run's PulseAudio null sink, whose monitor is the microphone.

Sound levels are compared with loose bounds and no timing is asserted: the machines are shared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.config import DeviceSettings
from app.devices.microphone_check import Recording
from media.sound_devices import sound_devices
from tests.camera_video import numbered_video
from tests.null_sink import NullSink
from widgets.setup.devices_panel import DevicesPanel

LOUD = 0.01  # RMS at the sink
QUIET = 0.001

MakePanel = Callable[..., DevicesPanel]


@pytest.fixture
def microphone_hears_the_sink(null_sink: NullSink, monkeypatch: pytest.MonkeyPatch) -> NullSink:
    """The default microphone records what reaches the sink (libpulse reads PULSE_SOURCE)."""
    monkeypatch.setenv("PULSE_SOURCE", f"{null_sink.name}.monitor")
    return null_sink


@pytest.fixture
def make_panel(qtbot: QtBot, microphone_hears_the_sink: NullSink) -> Iterator[MakePanel]:
    """Panels shown in a test are hidden after it, which must close every device and thread."""
    made: list[DevicesPanel] = []

    def make(saved: list[dict[str, object]] | None = None, **settings: Any) -> DevicesPanel:
        panel = DevicesPanel(DeviceSettings(**settings), (saved if saved is not None else []).append)
        qtbot.addWidget(panel)
        panel.resize(1100, 420)
        panel.show()
        made.append(panel)
        return panel

    yield make
    for panel in made:
        panel.hide()
        assert not panel.check.running
    assert [t.name for t in threading.enumerate() if t.name.startswith(("camera-", "devices-"))] == []


def picture_colours(image: QImage) -> int:
    """How many different colours a 16 × 16 sample of the middle of a picture has."""
    middle = image.copy(image.width() // 4, image.height() // 4, image.width() // 2, image.height() // 2)
    sample = middle.scaled(16, 16).convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(sample.constBits(), np.uint8).reshape(16, sample.bytesPerLine())[:, :48]
    return len({tuple(p) for p in pixels.reshape(-1, 3)})


def play_and_measure(qtbot: QtBot, panel: DevicesPanel, sink: NullSink) -> float:
    """Press "Play a test sound"; the RMS that reached the sink while it played."""
    with qtbot.waitSignal(panel.check.speakers.playing_changed, timeout=5000):
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    start = time.monotonic()
    qtbot.waitUntil(lambda: not panel.check.speakers.playing, timeout=10000)
    return sink.level(start, time.monotonic())


def test_a_video_file_camera_shows_its_picture_and_figures_and_a_pick_is_saved(
    qtbot: QtBot, make_panel: MakePanel, camera_clip: Path
) -> None:
    saved: list[dict[str, object]] = []
    panel = make_panel(saved, camera=str(camera_clip))
    assert panel.camera_choice.currentText() == "Video file camera.avi"
    qtbot.waitUntil(lambda: "320 × 240 at" in panel.camera_note.text(), timeout=8000)
    assert panel.camera_note.text().endswith("frames/s")
    qtbot.waitUntil(lambda: not panel.preview.image().isNull())
    assert picture_colours(panel.preview.grab().toImage()) > 20  # a picture, not a blank box
    assert panel.preview.message() == ""

    # keyboard: the speakers list, one down from "System default"
    assert [panel.speakers_choice.itemText(i) for i in range(panel.speakers_choice.count())][0] == "System default"
    panel.speakers_choice.setFocus()
    qtbot.keyClick(panel.speakers_choice, Qt.Key.Key_Down)
    chosen = panel.speakers_choice.currentData()
    assert chosen in ("pulse", "default")
    assert saved == [{"camera": str(camera_clip), "microphone": "", "speakers": chosen}]


def test_sound_devices_under_pulseaudio_are_listed_with_the_default_marked(
    qtbot: QtBot, make_panel: MakePanel, camera_clip: Path
) -> None:
    for kind in ("input", "output"):
        devices = sound_devices(kind)  # type: ignore[arg-type]
        assert {"pulse", "default"} <= {d.name for d in devices}
        assert len([d for d in devices if d.default]) == 1
    panel = make_panel(camera=str(camera_clip))
    for combo in (panel.microphone_choice, panel.speakers_choice):
        items = [combo.itemText(i) for i in range(combo.count())]
        assert items[0] == "System default" and "pulse" in items
        assert len([item for item in items if item.endswith(" (default)")]) == 1
        assert combo.currentIndex() == 0
    assert panel.microphone_note.isHidden() and panel.speakers_note.isHidden()


def test_the_level_meter_stays_low_in_silence_and_rises_with_sound(
    qtbot: QtBot, make_panel: MakePanel, camera_clip: Path
) -> None:
    panel = make_panel(camera=str(camera_clip))
    assert panel.meter.isEnabled()
    readings: list[int] = []
    panel.meter.valueChanged.connect(readings.append)
    qtbot.wait(800)
    assert max(readings, default=0) == 0  # silence: the bottom of the meter
    with qtbot.waitSignal(panel.check.speakers.playing_changed, timeout=5000):
        panel.test_button.click()
    qtbot.waitUntil(lambda: max(readings, default=0) > 40, timeout=8000)  # louder than -20 dBFS: the chime peaks at -6
    qtbot.waitUntil(lambda: not panel.check.speakers.playing, timeout=10000)


def test_record_and_play_back_plays_the_recorded_sound_at_the_sink(
    qtbot: QtBot, make_panel: MakePanel, camera_clip: Path, microphone_hears_the_sink: NullSink
) -> None:
    sink = microphone_hears_the_sink
    panel = make_panel(camera=str(camera_clip))
    qtbot.waitUntil(panel.record_button.isEnabled)
    states: list[tuple[Recording, float]] = []
    panel.check.microphone.recording_changed.connect(lambda state: states.append((state, time.monotonic())))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.check.microphone.recording is Recording.RECORDING and not panel.record_button.isEnabled()
    assert panel.recording_note.text() == "Recording… speak now."
    panel.test_button.click()  # something to record: the chime, about a second, while recording
    qtbot.waitUntil(lambda: panel.check.microphone.recording is Recording.DONE, timeout=15000)
    assert [state for state, _ in states] == [Recording.RECORDING, Recording.PLAYING, Recording.DONE]
    assert not panel.check.speakers.playing  # the chime ended before the play back began
    playing_from, done_at = states[1][1], states[2][1]
    assert sink.level(playing_from, done_at) > LOUD  # the recorded chime, heard again
    qtbot.wait(400)
    assert sink.level(done_at + 0.2, time.monotonic()) < QUIET
    assert panel.record_button.isEnabled()
    assert panel.recording_note.text().startswith("Done.")


def test_the_test_sound_reaches_the_sink_at_the_volume_set(
    qtbot: QtBot, make_panel: MakePanel, camera_clip: Path, microphone_hears_the_sink: NullSink
) -> None:
    panel = make_panel(camera=str(camera_clip))
    assert panel.volume.value() == 100
    loud = play_and_measure(qtbot, panel, microphone_hears_the_sink)
    panel.volume.setFocus()
    for _ in range(8):
        qtbot.keyClick(panel.volume, Qt.Key.Key_PageDown)  # 10 a page: down to 20
    assert panel.check.speakers.volume == 20
    soft = play_and_measure(qtbot, panel, microphone_hears_the_sink)
    assert soft > QUIET and loud > 3 * soft, (loud, soft)  # ideally 5 times


def test_a_camera_that_fails_mid_way_says_so_while_microphone_and_speakers_work_on(
    qtbot: QtBot, make_panel: MakePanel, tmp_path: Path
) -> None:
    video = numbered_video(tmp_path / "short.avi", frames=8, fps=15)  # loops every half second
    panel = make_panel(camera=str(video))
    qtbot.waitUntil(lambda: "frames/s" in panel.camera_note.text(), timeout=8000)
    video.unlink()  # the "camera" is gone: noticed when the file is opened again at its end
    qtbot.waitUntil(lambda: panel.check.camera.problem != "", timeout=5000)
    assert panel.camera_note.text() == (
        f"The video file {video} cannot be played as a camera: it is missing or not a video."
        " Check the file, or choose a camera."
    )
    assert panel.preview.message() == "No picture" and panel.preview.image().isNull()
    assert not [t for t in threading.enumerate() if t.name.startswith("camera-")]
    readings: list[int] = []
    panel.meter.valueChanged.connect(readings.append)
    panel.test_button.click()
    qtbot.waitUntil(lambda: max(readings, default=0) > 40, timeout=8000)
    qtbot.waitUntil(lambda: not panel.check.speakers.playing, timeout=10000)
    assert panel.speakers_note.isHidden() and panel.microphone_note.isHidden()


def test_no_camera_at_all_says_no_camera_found(qtbot: QtBot, make_panel: MakePanel) -> None:
    panel = make_panel(camera=7)
    qtbot.waitUntil(lambda: panel.check.camera.problem != "", timeout=5000)
    assert panel.camera_note.text().startswith("No camera found")
    assert "Plug in a USB camera and press Look again" in panel.camera_note.text()
    assert panel.camera_choice.currentText() == "Camera 7 (not found)"
    assert panel.preview.message() == "No picture"


NO_SOUND_SCRIPT = """
import json, sys, time
from PySide6.QtWidgets import QApplication
from app.config import DeviceSettings
from widgets.setup.devices_panel import DevicesPanel
app = QApplication([])
panel = DevicesPanel(DeviceSettings(camera=sys.argv[1], microphone="USB Mic"), print)
panel.show()
end = time.monotonic() + 15
while "frames/s" not in panel.camera_note.text() and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
panel.record_button.click()  # disabled: nothing happens
panel.test_button.click()
while panel.check.speakers.playing and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
combos = (panel.microphone_choice, panel.speakers_choice)
print(json.dumps({
    "camera": panel.camera_note.text(),
    "microphone": panel.microphone_note.text(),
    "speakers": panel.speakers_note.text(),
    "record enabled": panel.record_button.isEnabled(),
    "test sound enabled": panel.test_button.isEnabled(),
    "choices": [[c.itemText(i) for i in range(c.count())] for c in combos],
}))
panel.hide()
"""


def test_with_no_sound_device_at_all_the_panel_says_so_and_the_camera_works(camera_clip: Path, tmp_path: Path) -> None:
    # a sound server that is not there: PortAudio's pulse and default devices cannot open
    env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SINK", "PULSE_SOURCE")}
    env |= {"PULSE_SERVER": f"unix:{tmp_path / 'nothing-here'}", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", NO_SOUND_SCRIPT, str(camera_clip)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.splitlines()[-1])
    assert shown["camera"].startswith("320 × 240 at")
    assert shown["microphone"] == ("No microphone found. Plug in a microphone or headset, then press Look again.")
    assert shown["speakers"] == "No speakers found. Plug in speakers or headphones, then press Look again."
    assert shown["record enabled"] is shown["test sound enabled"] is False
    assert shown["choices"] == [["System default", "USB Mic (not found)"], ["System default"]]
