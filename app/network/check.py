"""The network check IT staff run: the hub, STUN, TURN and UDP, line by line; and the last one kept.

`check_network` yields each CheckLine as it finishes, so a screen can fill in as it goes and the
command can print as it goes. The last check is saved to network-check.json in the data folder
for the diagnostics bundle.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.config import NetworkSettings
from app.hub_client import HubClient
from app.network.check_line import CheckLine, Status
from app.network.hub_check import check_hub
from app.network.ice_check import check_ice

logger = logging.getLogger(__name__)

FILE_NAME = "network-check.json"


@dataclass(frozen=True)
class NetworkReport:
    """A finished network check."""

    finished_at: datetime
    """When the last line came in (local time)."""
    hub_url: str
    lines: tuple[CheckLine, ...]

    @property
    def failed(self) -> bool:
        return any(line.status is Status.FAIL for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        lines = [{**asdict(line), "status": line.status.value} for line in self.lines]
        return {"finished_at": self.finished_at.isoformat(timespec="seconds"), "hub_url": self.hub_url, "lines": lines}

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> NetworkReport:
        lines = tuple(CheckLine(**{**line, "status": Status(line["status"])}) for line in document["lines"])
        return cls(datetime.fromisoformat(document["finished_at"]), document["hub_url"], lines)


async def check_network(client: HubClient, network: NetworkSettings) -> AsyncIterator[CheckLine]:
    """Every check in order, each line as soon as it is known, over the process's hub client.

    Must be run in the event loop.
    """
    async for line in check_hub(client, network.proxy):
        logger.info("network check: %s: %s %s", line.name, line.status.value, line.figure)
        yield line
    async for line in check_ice(network.stun, network.turn):
        logger.info("network check: %s: %s %s", line.name, line.status.value, line.figure)
        yield line


def save(report: NetworkReport, data_dir: Path) -> None:
    """Keep the report as the last check (for the setup screen and the diagnostics bundle)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FILE_NAME
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(path)


def load_last(data_dir: Path) -> NetworkReport | None:
    """The last check saved on this PC; None when there was none (or it cannot be read)."""
    try:
        return NetworkReport.from_json(json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as e:
        logger.warning("the last network check cannot be read: %s", e)
        return None
