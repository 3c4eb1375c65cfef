"""What `oo-hub import` shows while it works: one line per row, redrawn in place on a terminal."""

from __future__ import annotations

import sys
from typing import TextIO

from hub.import_lessons import Summary
from hub.import_manifest import Problem, Row

BAR = 20


class ImportProgress:
    """Rows done of the total, the row under way, its step and a bar for a step that has a percent."""

    def __init__(self, total: int, out: TextIO = sys.stderr) -> None:
        self.total = total
        self.out = out
        self._tty = out.isatty()
        self._rows: list[int] = []
        self._last = ""

    def __call__(self, row: Row, step: str, percent: int | None) -> None:
        if row.line not in self._rows:
            self._rows.append(row.line)
        line = f"[{len(self._rows)}/{self.total}] {row.name}: {step}"
        if percent is not None:
            filled = BAR * percent // 100
            line += f" [{'#' * filled}{'.' * (BAR - filled)}] {percent}%"
        if self._tty:
            self.out.write(f"\r\033[K{line}")
        elif percent is None or percent % 25 == 0:  # a log file gets the steps, and a line every quarter
            if line != self._last:
                self.out.write(f"{line}\n")
        self._last = line
        self.out.flush()

    def end(self) -> None:
        if self._tty and self._last:
            self.out.write("\n")
            self.out.flush()


def report(summary: Summary, problems: list[Problem], out: TextIO = sys.stdout) -> None:
    """The end of an import: every failed row with its line and why, what rows lost, and the counts."""
    failed = sorted([*problems, *summary.failed], key=lambda problem: problem.line)
    for problem in failed:
        print(f"failed: {problem.sentence()}", file=out)
    for note in summary.notes:
        print(f"note: {note}", file=out)
    print(
        f"{len(summary.added)} added, {len(summary.changed)} changed, {len(summary.unchanged)} already in,"
        f" {len(failed)} failed",
        file=out,
    )
