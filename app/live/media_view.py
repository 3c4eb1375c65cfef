"""A live lesson's media as the screens see it: each peer's newest picture, this PC's own, the links' figures and
chosen quality, and the devices (or video server) that cannot be used."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from app.live.media_links import MediaLinks
from media.link_figures import LinkFigures
from media.quality import Preset

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Picture:
    """The newest picture from a peer."""

    number: int
    """Pictures received from this peer in this lesson; grows by one with each."""
    pixels: np.ndarray
    """Height × width × 3, BGR, uint8."""


class MediaView(QObject):
    """The media side of a live lesson for the screens (LiveLesson is one). Its MediaLinks is there while a lesson
    runs; pictures and problems stay readable until the next lesson starts. Must be used in the event loop."""

    problems_changed = Signal()
    picture_arrived = Signal(str)
    """A new picture from this peer (pull it with picture(peer))."""

    def __init__(self) -> None:
        super().__init__()
        self._media: MediaLinks | None = None
        self._forget()

    def _forget(self) -> None:
        self._problems: dict[str, str] = {}
        self._pictures: dict[str, Picture] = {}

    @property
    def problems(self) -> dict[str, str]:
        """Devices that cannot be used ("camera", "microphone", "speakers") and why, in plain words."""
        return dict(self._problems)

    def picture(self, peer: str) -> Picture | None:
        return self._pictures.get(peer)

    def own_picture(self) -> Picture | None:
        """This PC's own camera picture, the newest (for its preview); None before the first or out of a lesson."""
        frame = self._media.media.feed.latest if self._media is not None else None
        return Picture(frame.number, frame.pixels) if frame is not None else None

    def figures(self, peer: str) -> LinkFigures | None:
        """The link's latest second of figures (loss, round trip, rates)."""
        return self._media.figures(peer) if self._media is not None else None

    def quality(self, peer: str) -> Preset | None:
        """The quality chosen by hand for what this PC sends to peer; None: chosen by the link's figures."""
        return self._media.override(peer) if self._media is not None else None

    def set_quality(self, peer: str, preset: Preset | None) -> None:
        """Send peer this quality whatever the link's figures say (still under [network] live_cap);
        None: choose by the figures again. Kept when the link is rebuilt."""
        if self._media is not None:
            self._media.set_override(peer, preset)

    def _picture(self, peer: str, pixels: np.ndarray) -> None:
        before = self._pictures.get(peer)
        self._pictures[peer] = Picture(before.number + 1 if before else 1, pixels)
        self.picture_arrived.emit(peer)

    def _problem(self, device: str, message: str) -> None:
        """A device (or the video server) cannot be used, in words; "" once it can."""
        if self._problems.get(device, "") != message:
            if message:
                self._problems[device] = message
                logger.warning("live lesson device problem: %s", message)
            else:
                del self._problems[device]
            self.problems_changed.emit()
