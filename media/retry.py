"""How downloads ride out a bad link: backoff between tries, and when a video or the pass gives up."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Retry:
    """How downloads ride out a bad link."""

    first: float = 1.0
    """Seconds before the first retry; doubled after each failure, with jitter."""
    most: float = 120.0
    """The longest wait between two tries."""
    tries: int = 6
    """Failed requests in a row, with no chunk gained, before the pass gives up on the hub."""
    bad_chunks: int = 3
    """Chunks in a row failing their sha256, with none gained, before the video fails."""
    read_timeout: float = 30.0
    """Seconds a connection may stay silent before it counts as dropped."""
    broken: int = 2
    """Answers in a row whose body broke off (cut or silent) with no chunk gained before the video is
    set aside and the pass goes on with the next one; the next pass tries it again."""

    def delay(self, failures: int) -> float:
        """Exponential backoff with jitter, so many PCs do not retry in step."""
        ceiling = min(self.most, self.first * 2 ** (failures - 1))
        return random.uniform(ceiling / 2, ceiling)


def set_aside(error: str, tries: int) -> str:
    return QCoreApplication.translate(
        "cache",
        "{error} This happened {tries} times in a row with this video alone, so the other videos download"
        " first; it is tried again at the next sync.",
    ).format(error=error, tries=tries)
