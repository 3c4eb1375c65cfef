"""The devices IT staff pick and test on the setup screen: a camera, a microphone and speakers.

The devices are open only between start() and stop() (while the screen shows them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from app.config import DeviceSettings
from app.devices.camera_check import CameraCheck
from app.devices.microphone_check import MicrophoneCheck
from app.devices.speaker_check import SpeakerCheck
from media.errors import DeviceUnavailable
from media.sound_devices import sound_devices


class DeviceCheck(QObject):
    """The three checks, looked for and closed together. Use it in the Qt thread.

    A device that is missing or fails has a problem text (what is wrong and what to do) and
    leaves the other devices working.
    """

    def __init__(self, settings: DeviceSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.camera = CameraCheck(settings.camera, self)
        self.speakers = SpeakerCheck(settings.speakers, self)
        self.microphone = MicrophoneCheck(settings.microphone, self.speakers, self)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def choices(self) -> dict[str, object]:
        """The devices picked, as DeviceSettings names them."""
        return {"camera": self.camera.source, "microphone": self.microphone.name, "speakers": self.speakers.name}

    @Slot()
    def start(self) -> None:
        """Open the microphone and look for cameras (the chosen one opens after)."""
        if self._running:
            return
        self._running = True
        self.look_again()

    @Slot()
    def stop(self) -> None:
        """Close every device and wait for the threads."""
        if not self._running:
            return
        self._running = False
        self.speakers.stop()  # first: a play back in the microphone's thread ends with it
        self.camera.stop()
        self.microphone.stop()

    @Slot()
    def look_again(self) -> None:
        """List the devices anew and try the chosen ones again (cameras are found in a thread)."""
        if not self._running or self.camera.looking:
            return
        try:
            inputs, outputs, sound_problem = sound_devices("input"), sound_devices("output"), ""
        except DeviceUnavailable as e:
            inputs, outputs, sound_problem = [], [], str(e)
        self.speakers.found(outputs, sound_problem)
        self.microphone.found(inputs, sound_problem)
        self.camera.look_again()
