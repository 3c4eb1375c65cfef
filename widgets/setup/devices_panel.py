"""IT setup: pick and test the camera, the microphone and the speakers.

The devices are open only while the panel is shown; a missing or failing one says in its own box
what is wrong and what to do, and the other boxes keep working.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.config import DeviceSettings
from app.devices.check import DeviceCheck
from app.devices.microphone_check import RECORD_SECONDS, Recording
from media.camera import CameraFigures, source_text
from media.microphone import SILENCE_DBFS
from media.sound_devices import SoundDevice
from widgets.common.steady_combo import SteadyComboBox
from widgets.common.video_view import VideoView
from widgets.live.pictures import to_image

METER_FLOOR = -60
"""dBFS at the bottom of the level meter: quieter counts as silence."""


class DevicesPanel(QWidget):
    """Three boxes (camera, microphone, speakers) over a DeviceCheck of its own.

    save gets {"camera": ..., "microphone": ..., "speakers": ...} whenever the user picks
    another device.
    """

    def __init__(
        self, settings: DeviceSettings, save: Callable[[dict[str, object]], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.check = DeviceCheck(settings, self)
        self._save = save
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._camera_box(), 3)
        sound = QVBoxLayout()
        sound.addWidget(self._microphone_box())
        sound.addWidget(self._speakers_box())
        sound.addStretch(1)
        layout.addLayout(sound, 2)
        camera, microphone, speakers = self.check.camera, self.check.microphone, self.check.speakers
        camera.cameras_changed.connect(self._fill_cameras)
        camera.frame_changed.connect(lambda pixels: self.preview.show_frame(to_image(pixels)))
        camera.figures_changed.connect(self._show_figures)
        camera.problem_changed.connect(self._show_camera_problem)
        microphone.inputs_changed.connect(self._fill_microphones)
        microphone.level_changed.connect(self._show_level)
        microphone.problem_changed.connect(self._show_microphone_problem)
        microphone.recording_changed.connect(self._show_recording)
        speakers.outputs_changed.connect(self._fill_speakers)
        speakers.problem_changed.connect(self._show_speakers_problem)
        speakers.playing_changed.connect(self._show_test_sound)
        self._fill_cameras()
        self._fill_microphones()
        self._fill_speakers()
        self._show_figures(None)
        self._show_camera_problem("")
        self._show_microphone_problem("")
        self._show_recording(Recording.IDLE)
        self._show_speakers_problem("")

    def _camera_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Camera"))
        self.camera_choice = self._combo(self.tr("Camera"), self._camera_picked)
        look = QPushButton(self.tr("Look again"))
        look.setToolTip(self.tr("Find the devices again, after plugging one in"))
        look.clicked.connect(self.check.look_again)
        row = QHBoxLayout()
        row.addWidget(self.camera_choice, 1)
        row.addWidget(look)
        self.preview = VideoView()
        self.preview.setMinimumSize(192, 144)
        self.preview.setAccessibleName(self.tr("Camera picture"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.camera_note = self._note()
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.camera_note)
        return box

    def _microphone_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Microphone"))
        self.microphone_choice = self._combo(self.tr("Microphone"), self._microphone_picked)
        self.meter = QProgressBar()
        self.meter.setRange(0, -METER_FLOOR)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(14)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.record_button = QPushButton(
            self.tr("Record {seconds} seconds and play back").format(seconds=RECORD_SECONDS)
        )
        self.record_button.clicked.connect(self.check.microphone.record_and_play_back)
        self.recording_note = self._note()
        self.microphone_note = self._note(problem=True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.microphone_choice)
        layout.addWidget(self.meter)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.recording_note)
        layout.addWidget(self.microphone_note)
        return box

    def _speakers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Speakers"))
        self.speakers_choice = self._combo(self.tr("Speakers"), self._speakers_picked)
        self.test_button = QPushButton(self.tr("Play a test sound"))
        self.test_button.clicked.connect(self.check.speakers.play_test_sound)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(self.check.speakers.volume)
        self.volume.setAccessibleName(self.tr("Test sound volume"))
        self.volume.valueChanged.connect(self.check.speakers.set_volume)
        volume_label = QLabel(self.tr("Volume:"))
        volume_label.setBuddy(self.volume)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addSpacing(12)
        row.addWidget(volume_label)
        row.addWidget(self.volume, 1)
        self.speakers_note = self._note(problem=True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.speakers_choice)
        layout.addLayout(row)
        layout.addWidget(self.speakers_note)
        return box

    @staticmethod
    def _combo(name: str, picked: Callable[[int], None]) -> QComboBox:
        combo = SteadyComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.activated.connect(picked)  # the user's choices only, not the list being filled
        return combo

    @staticmethod
    def _note(problem: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        if problem:
            label.setObjectName("deviceProblem")
        return label

    # filling the choices: the devices found, and the chosen one even when it is missing

    @Slot()
    def _fill_cameras(self) -> None:
        items = [
            (self.tr("Camera {number}: {name}") if c.name else self.tr("Camera {number}")).format(
                number=c.number, name=c.name
            )
            for c in self.check.camera.cameras
        ]
        sources: list[int | str] = [c.number for c in self.check.camera.cameras]
        chosen = self.check.camera.source
        if chosen not in sources:
            if isinstance(chosen, int):
                items.append(self.tr("Camera {number} (not found)").format(number=chosen))
            else:
                items.append(self.tr("Video file {name}").format(name=source_text(chosen)))
            sources.append(chosen)
        self._fill(self.camera_choice, items, sources, chosen)

    @Slot()
    def _fill_microphones(self) -> None:
        self._fill_sound(self.microphone_choice, self.check.microphone.inputs, self.check.microphone.name)

    @Slot()
    def _fill_speakers(self) -> None:
        self._fill_sound(self.speakers_choice, self.check.speakers.outputs, self.check.speakers.name)
        self._show_test_sound()

    def _fill_sound(self, combo: QComboBox, devices: list[SoundDevice], chosen: str) -> None:
        items = [self.tr("System default")]
        names = [""]
        for device in devices:
            items.append(self.tr("{name} (default)").format(name=device.name) if device.default else device.name)
            names.append(device.name)
        if chosen not in names:
            items.append(self.tr("{name} (not found)").format(name=chosen))
            names.append(chosen)
        self._fill(combo, items, names, chosen)

    @staticmethod
    def _fill(combo: QComboBox, items: list[str], values: Sequence[int | str], chosen: int | str) -> None:
        combo.clear()
        for text, value in zip(items, values, strict=True):
            combo.addItem(text, value)
        combo.setCurrentIndex(values.index(chosen))

    # the user's choices

    @Slot(int)
    def _camera_picked(self, index: int) -> None:
        self.check.camera.set_source(self.camera_choice.itemData(index))
        self._save(self.check.choices())

    @Slot(int)
    def _microphone_picked(self, index: int) -> None:
        self.check.microphone.set_name(self.microphone_choice.itemData(index))
        self._save(self.check.choices())

    @Slot(int)
    def _speakers_picked(self, index: int) -> None:
        self.check.speakers.set_name(self.speakers_choice.itemData(index))
        self._save(self.check.choices())

    # what the devices do

    @Slot(object)
    def _show_figures(self, figures: CameraFigures | None) -> None:
        if self.check.camera.problem:
            return
        if figures is None:
            self.camera_note.setText(self.tr("Waiting for the camera…") if self.check.running else "")
        elif figures.fps:
            self.camera_note.setText(
                self.tr("{width} × {height} at {fps} frames/s").format(
                    width=figures.width, height=figures.height, fps=f"{figures.fps:.1f}"
                )
            )
        else:
            self.camera_note.setText(self.tr("{width} × {height}").format(width=figures.width, height=figures.height))

    @Slot(str)
    def _show_camera_problem(self, problem: str) -> None:
        self.camera_note.setObjectName("deviceProblem" if problem else "")
        self.camera_note.style().polish(self.camera_note)
        self.preview.set_message(self.tr("No picture") if problem else "")
        if problem:
            self.preview.show_frame(QImage())  # the last picture is not live any more
            self.camera_note.setText(problem)
        else:
            self._show_figures(self.check.camera.figures)

    @Slot(float)
    def _show_level(self, dbfs: float) -> None:
        self.meter.setValue(round(max(dbfs, METER_FLOOR) - METER_FLOOR))
        self.meter.setAccessibleDescription(
            self.tr("silent") if dbfs <= SILENCE_DBFS else self.tr("{level} dB").format(level=round(dbfs))
        )

    @Slot(str)
    def _show_microphone_problem(self, problem: str) -> None:
        self.microphone_note.setText(problem)
        self.microphone_note.setVisible(bool(problem))
        self.meter.setEnabled(not problem)
        self._show_recording(self.check.microphone.recording)

    @Slot(object)
    def _show_recording(self, state: Recording) -> None:
        texts = {
            Recording.IDLE: self.tr("Press the button, then speak: you will hear yourself after."),
            Recording.RECORDING: self.tr("Recording… speak now."),
            Recording.PLAYING: self.tr("Playing back what was recorded…"),
            Recording.DONE: self.tr("Done. If you did not hear yourself, check the microphone and the speakers."),
            Recording.FAILED: self.check.microphone.recording_problem,
        }
        self.recording_note.setText(texts[state])
        self.recording_note.setVisible(not self.check.microphone.problem)
        busy = state in (Recording.RECORDING, Recording.PLAYING)
        self.record_button.setEnabled(not busy and not self.check.microphone.problem)

    @Slot(str)
    def _show_speakers_problem(self, problem: str) -> None:
        self.speakers_note.setText(problem)
        self.speakers_note.setVisible(bool(problem))

    @Slot()
    def _show_test_sound(self) -> None:
        self.test_button.setEnabled(bool(self.check.speakers.outputs) and not self.check.speakers.playing)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.check.stop()
