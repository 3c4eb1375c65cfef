"""Progress on a terminal for the headless commands: a bar on a TTY, nothing in a cron log."""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 30


class ProgressBar:
    """`label [#########.....] 45/100`, redrawn in place; finish() ends the line."""

    def __init__(self, label: str, total: int, out: TextIO = sys.stdout) -> None:
        self._label = label
        self._total = max(total, 1)
        self._out = out
        self._live = out.isatty()

    def update(self, done: int) -> None:
        if not self._live:
            return
        filled = WIDTH * min(done, self._total) // self._total
        self._out.write(f"\r{self._label} [{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{self._total}")
        self._out.flush()

    def finish(self) -> None:
        if self._live:
            self._out.write("\r\033[K")
            self._out.flush()
