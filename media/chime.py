"""A test sound for the speakers, and playing a piece of sound through Speakers to its end."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QCoreApplication

from media.decoder import SAMPLE_RATE
from media.errors import DeviceUnavailable
from media.speakers import Speakers

translate = QCoreApplication.translate

NOTES = (659.25, 523.25, 783.99)
"""E5, C5, G5: a doorbell's three notes."""
NOTE_SECONDS = 0.35
LOUDNESS = 0.5
"""Peak amplitude at full volume: loud and clear, never clipping."""


def chime() -> np.ndarray:
    """Three soft bell notes, mono float32 at SAMPLE_RATE, about a second long."""
    t = np.arange(round(NOTE_SECONDS * SAMPLE_RATE)) / SAMPLE_RATE
    envelope = np.minimum(t / 0.01, 1) * np.exp(-4 * t)  # a quick attack, a bell's fading ring
    notes = [np.sin(2 * np.pi * f * t) * envelope for f in NOTES]
    return (LOUDNESS * np.concatenate(notes)).astype(np.float32)


def play_to_end(speakers: Speakers, samples: np.ndarray, stop: threading.Event) -> None:
    """Play mono samples on speakers opened with one channel; return once heard or when stop is set.

    Runs in a worker thread. Raises DeviceUnavailable if the speakers stop taking sound.
    """
    speakers.reset(0.0)
    speakers.push(0.0, samples.reshape(-1, 1))
    speakers.set_playing(True)
    end = (len(samples) - 1) / SAMPLE_RATE  # the clock adds up block lengths: short of the exact end by a hair
    while speakers.now() < end and not stop.wait(0.05):
        problem = speakers.failure()  # a device that takes nothing says so within STALL_SECONDS
        if problem:
            raise DeviceUnavailable(problem)


def speakers_error(device: str, reason: object) -> DeviceUnavailable:
    """What to tell when speakers cannot play (device "" is the system default)."""
    return DeviceUnavailable(
        translate(
            "devices",
            "The speakers {name} cannot be used ({error}). Check that speakers or headphones are plugged in"
            " and turned on, then press Look again, or choose others.",
        ).format(name=device or translate("devices", "(system default)"), error=reason)
    )
