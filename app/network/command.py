"""`oo-classroom check-network`: the network check as a table on the terminal, and an exit status."""

from __future__ import annotations

import sys
import textwrap
import unicodedata
from typing import TextIO

from PySide6.QtCore import QObject

from app.config import Config
from app.hub_client import HubClient
from app.network.check import FILE_NAME, NetworkReport
from app.network.check_line import CheckLine, Status
from app.network.lines import column_title
from app.network.service import NetworkCheckService

ADVICE_WIDTH = 96


def width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def padded(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


class NetworkTable(QObject):
    """Prints what is being checked (on a terminal), then the aligned table and a summary."""

    def __init__(self, out: TextIO = sys.stdout) -> None:
        super().__init__()
        self._out = out
        self._live = out.isatty()

    def checking(self, line: CheckLine) -> None:
        if self._live:
            self._out.write("\r\033[K" + self.tr("Checked: {name}").format(name=line.name))
            self._out.flush()

    def table(self, lines: tuple[CheckLine, ...]) -> None:
        if self._live:
            self._out.write("\r\033[K")
        rows = [(column_title(0), column_title(1), column_title(2))]
        rows += [(line.name, line.status.word(), line.figure) for line in lines]
        widths = [max(width(row[column]) for row in rows) for column in (0, 1)]
        for number, (name, status, figure) in enumerate(rows):
            print(f"{padded(name, widths[0])}  {padded(status, widths[1])}  {figure}".rstrip(), file=self._out)
            advice = lines[number - 1].advice if number else ""
            if advice:
                print(
                    textwrap.fill(advice, ADVICE_WIDTH, initial_indent="    ", subsequent_indent="    "), file=self._out
                )

    def summary(self, report: NetworkReport, saved: str) -> int:
        """Print the last lines (saved: where the report was kept, "" if it could not be); returns the
        exit status (0: nothing failed, 1: something did)."""
        failed = sum(line.status is Status.FAIL for line in report.lines)
        warned = sum(line.status is Status.WARN for line in report.lines)
        if failed:
            print(self.tr("%n check(s) failed; the advice under each says what to do.", "", failed), file=self._out)
        elif warned:
            print(self.tr("Nothing failed; %n warning(s).", "", warned), file=self._out)
        else:
            print(self.tr("Every check passed."), file=self._out)
        if saved:
            print(self.tr("Kept as {path} for the diagnostics file.").format(path=saved), file=self._out)
        return 1 if report.failed else 0


async def check_network_once(config: Config) -> int:
    """Run the check with the config's hub and servers, print the table; returns the exit status."""
    hub = HubClient(config.hub.url, config.hub.token, config.network.proxy)
    service = NetworkCheckService(hub, config.network, config.storage.data_dir)
    table = NetworkTable()
    service.line_added.connect(table.checking)
    try:
        report = await service.run()
    finally:
        await hub.close()
    table.table(report.lines)
    saved = config.storage.data_dir / FILE_NAME
    return table.summary(report, str(saved) if saved.exists() else "")
