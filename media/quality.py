"""Quality presets of a live link and the Adapter that picks one from the link's figures.

Sound comes first: the lowest preset sends no video at all, and every preset's need includes the
sound. The Adapter steps down at once when loss or round-trip time pass what the current preset
tolerates, and steps up one preset only after a calm period in which the next one up would have
been comfortable. A bandwidth cap keeps presets that need more than it allows off; a manual
override picks a preset outright (still under the cap).
"""

from __future__ import annotations

import logging
import math
from collections import deque
from dataclasses import dataclass

from media.link_figures import LinkFigures

logger = logging.getLogger(__name__)

AUDIO_BITRATE = 110_000
"""Bits per second the sound takes on the wire: aiortc's Opus at 96 kbit/s plus RTP/UDP headers."""


@dataclass(frozen=True)
class Preset:
    """What one link sends: a picture size and frame rate, and the encoder's bitrate ceiling."""

    name: str
    """Short name for logs and the manual override ("high", "medium", "low", "audio")."""
    width: int
    """Largest picture width sent; 0 for no video."""
    height: int
    """Largest picture height sent; 0 for no video."""
    fps: float
    """Frames per second sent; 0 for no video."""
    video_bitrate: int
    """Ceiling of the video encoder's bitrate in bits per second; 0 for no video."""
    max_loss: float
    """Packet loss (percent) above which the link steps down from this preset."""
    max_rtt: float
    """Round-trip time (seconds) above which the link steps down from this preset."""

    @property
    def video(self) -> bool:
        return self.fps > 0

    @property
    def need(self) -> int:
        """Bits per second this preset needs: video and sound."""
        return self.video_bitrate + AUDIO_BITRATE


HIGH = Preset("high", 640, 480, 15, 600_000, max_loss=2.0, max_rtt=0.4)
MEDIUM = Preset("medium", 320, 240, 15, 300_000, max_loss=5.0, max_rtt=0.6)
LOW = Preset("low", 320, 240, 7, 150_000, max_loss=12.0, max_rtt=1.0)
AUDIO = Preset("audio", 0, 0, 0, 0, max_loss=math.inf, max_rtt=math.inf)
PRESETS = (HIGH, MEDIUM, LOW, AUDIO)
"""Best first."""


@dataclass(frozen=True)
class AdapterRules:
    """How quickly the Adapter moves."""

    window: int = 3
    """Figures averaged for a step down (one a second): one bad second alone does not step down."""
    calm: float = 10.0
    """Seconds of figures that suit the next preset up before stepping up to it."""
    up_margin: float = 0.5
    """A step up needs loss and round-trip time below this share of what the next preset tolerates."""


class Adapter:
    """Picks the preset of one link from its LinkFigures. Must be used in the event loop (or one thread).

    cap is the configured bandwidth cap in bits per second (0: none).
    """

    def __init__(self, cap: int = 0, rules: AdapterRules | None = None, start: Preset = HIGH) -> None:
        self.rules = rules or AdapterRules()
        self._cap = cap
        self._override: Preset | None = None
        self._chosen = start
        self._recent: deque[LinkFigures] = deque(maxlen=self.rules.window)
        self._calm_since: float | None = None

    @property
    def preset(self) -> Preset:
        """The preset to send now: the override or the automatic choice, under the cap."""
        wanted = self._override or self._chosen
        return wanted if wanted in self.allowed else self.allowed[0]

    @property
    def allowed(self) -> tuple[Preset, ...]:
        """The presets the cap leaves, best first (AUDIO always)."""
        return tuple(p for p in PRESETS if not self._cap or p.need <= self._cap or not p.video)

    def set_cap(self, cap: int) -> None:
        self._cap = cap

    def set_override(self, preset: Preset | None) -> None:
        """Send this preset whatever the figures say; None goes back to choosing by the figures."""
        self._override = preset

    def update(self, figures: LinkFigures) -> Preset:
        """Take one second's figures; return the preset to send now."""
        self._recent.append(figures)
        if self._chosen not in self.allowed:
            self._chosen = self.allowed[0]
        current = self._chosen  # the automatic choice goes on under an override, ready for its end
        if self._too_much(current):
            self._step(current, +1, figures)
        elif self._suits_next_up(current, figures):
            if self._calm_since is None:
                self._calm_since = figures.at
            elif figures.at - self._calm_since >= self.rules.calm:
                self._step(current, -1, figures)
        else:
            self._calm_since = None
        return self.preset

    def _too_much(self, current: Preset) -> bool:
        if len(self._recent) < self.rules.window:
            return False
        loss = sum(f.loss for f in self._recent) / len(self._recent)
        rtts = [f.rtt for f in self._recent if f.rtt is not None]
        rtt = sum(rtts) / len(rtts) if rtts else 0.0
        return loss > current.max_loss or rtt > current.max_rtt

    def _suits_next_up(self, current: Preset, figures: LinkFigures) -> bool:
        index = self.allowed.index(current)
        if index == 0:
            return False
        upper = self.allowed[index - 1]
        margin = self.rules.up_margin
        return figures.loss <= upper.max_loss * margin and (figures.rtt or 0.0) <= upper.max_rtt * margin

    def _step(self, current: Preset, direction: int, figures: LinkFigures) -> None:
        index = min(max(self.allowed.index(current) + direction, 0), len(self.allowed) - 1)
        chosen = self.allowed[index]
        if chosen != current:
            logger.info(
                "link preset %s -> %s (loss %.1f%%, rtt %s)",
                current.name,
                chosen.name,
                figures.loss,
                f"{figures.rtt * 1000:.0f} ms" if figures.rtt is not None else "unknown",
            )
        self._chosen = chosen
        self._recent.clear()  # the next decision waits for figures of the new preset
        self._calm_since = None
