"""The services of one run talk to the hub over one connection, closed once when they stop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest
from PySide6.QtWidgets import QApplication

from app.config import Config
from app.services import open_services
from hub.server import RunningHub


async def test_every_service_uses_one_session_that_is_closed_when_they_stop(
    hub: RunningHub, tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[aiohttp.ClientSession] = []
    session = aiohttp.ClientSession

    def counted(*args: Any, **kwargs: Any) -> aiohttp.ClientSession:
        opened.append(session(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(aiohttp, "ClientSession", counted)
    token = hub.store.issue_token("classroom", "Lanyu 3")
    services = open_services(Config(), tmp_path, hub.url, token, hub.store.issue_token("teacher", "Ms. Lin"))
    try:
        services.start()
        await services.catalog.refresh()
        assert await services.library.download_pass()
        assert await services.sync.send_all()
        await services.results.load({"id": "quiz-math-fractions"})
        assert services.results.problem == ""  # the teacher's token, for the teacher's request
        report = await services.network.run()
        assert [line.status.value for line in report.lines[:4]] == ["pass"] * 4
    finally:
        await services.stop()
    assert len(opened) == 1 and opened[0].closed
