"""The setup screen's network check panel, filled from a real check against a hub on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import qasync
from pytestqt.qtbot import QtBot

from app.config import NetworkSettings
from app.hub_client import HubClient
from app.network.check_line import Status
from app.network.lines import STATUS_ROLE
from app.network.service import NetworkCheckService
from hub.server import start_hub
from tests.gui import run
from tests.waiting import until
from widgets.setup.network_panel import NetworkPanel


def test_the_panel_fills_its_table_line_by_line_from_a_real_check(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu Elementary, grade 3")
        client = HubClient(hub.url, token)
        service = NetworkCheckService(client, NetworkSettings(), tmp_path)
        panel = NetworkPanel(service)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.model.rowCount() == 0 and panel.when.text() == "Not checked on this PC yet."
        inserted: list[int] = []
        panel.model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
        starts: list[bool] = []
        service.started.connect(lambda: starts.append(True))
        button_while_running: list[bool] = []

        def line_added() -> None:  # on loopback the whole check takes milliseconds: look at each line
            button_while_running.append(panel.button.isEnabled())
            service.start()  # a second start while it runs does nothing

        service.line_added.connect(line_added)
        try:
            panel.button.click()
            await until(lambda: service.last is not None and not service.running, timeout=30)
        finally:
            await service.stop()
            await client.close()
            await hub.stop()
        model = panel.model
        assert starts == [True] and button_while_running == [False] * 7  # one check at a time
        assert inserted == list(range(model.rowCount())) and model.rowCount() == 7
        rows = [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]
        assert rows[3] == ["This PC's token", "pass", "Lanyu Elementary, grade 3", ""]
        assert [model.index(row, 1).data(STATUS_ROLE) for row in range(6)] == [Status.PASS] * 6
        assert rows[6][:2] == ["UDP for live lessons", "warn"] and "No STUN or TURN server" in rows[6][3]
        assert panel.button.isEnabled() and panel.when.text().startswith("Last check: ")
        assert panel.when.text().endswith(", nothing failed.")
        saved = json.loads((tmp_path / "network-check.json").read_text(encoding="utf-8"))
        assert [line["name"] for line in saved["lines"]] == [row[0] for row in rows]
        assert NetworkPanel(NetworkCheckService(client, NetworkSettings(), tmp_path)).model.rowCount() == 7

    run(qloop, scenario())
