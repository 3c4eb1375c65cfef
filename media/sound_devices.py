"""The sound inputs and outputs PortAudio (through sounddevice) offers, the system default marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import sounddevice as sd
from PySide6.QtCore import QCoreApplication

from media.errors import DeviceUnavailable

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SoundDevice:
    """One input or output device."""

    name: str
    """PortAudio's name for it: what DeviceSettings.microphone and .speakers hold."""
    number: int
    """PortAudio's device index (valid until PortAudio starts again)."""
    default: bool
    """Whether it is the system default for its direction."""


def sound_devices(kind: Literal["input", "output"]) -> list[SoundDevice]:
    """The devices with at least one channel of this kind; may be empty (no sound server, no card).

    PortAudio lists devices when it starts: one plugged in since shows after the program restarts.
    """
    try:
        found = sd.query_devices()
        default = sd.default.device[0 if kind == "input" else 1]
    except sd.PortAudioError as e:
        raise DeviceUnavailable(
            translate("devices", "The sound system cannot be asked for its devices ({error}).").format(error=e)
        ) from e
    return [
        SoundDevice(info["name"], info["index"], info["index"] == default)
        for info in found
        if info[f"max_{kind}_channels"] > 0
    ]
