"""A 1 kHz tone played into a PulseAudio sink, and how much of a recording is that tone."""

from __future__ import annotations

import contextlib
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from tests.null_sink import RATE, NullSink

TONE = 1000.0
"""Hz."""


@contextlib.contextmanager
def playing_tone(sink: NullSink, folder: Path, seconds: int) -> Iterator[None]:
    """The tone plays into sink (paplay) for the block, at most `seconds` long."""
    path = folder / "tone.wav"
    t = np.arange(seconds * RATE) / RATE
    with wave.open(str(path), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes((0.3 * np.sin(2 * np.pi * TONE * t) * 32767).astype("<i2").tobytes())
    player = subprocess.Popen(["paplay", "-d", sink.name, str(path)])
    try:
        yield
    finally:
        player.terminate()
        player.wait()


def tone_share(samples: np.ndarray, tone: float = TONE) -> float:
    """How much of the sound's energy is within 50 Hz of the tone (0 to 1)."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    return float(spectrum[np.abs(freqs - tone) < 50].sum() / max(spectrum.sum(), 1e-12))
