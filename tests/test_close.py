"""Closing the window while videos download asks once; the answer decides, and nothing is lost."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import qasync
from PySide6.QtWidgets import QMessageBox

from app.config import Config, DownloadSettings
from app.services import open_services
from app.settings import Settings
from hub.server import start_hub
from media.video_state import VideoState
from tests.gui import run
from tests.waiting import until
from widgets.window import build_window


def test_closing_mid_download_asks_once_then_closes_and_keeps_what_came(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        config = replace(Config(), downloads=DownloadSettings(bandwidth_cap=150_000))  # a slow school link
        services = open_services(config, tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
        window = build_window(services, Settings(None, tmp_path / "this-pc.toml"), tmp_path / "x.log")
        window.show()
        await services.catalog.refresh()
        downloads = asyncio.ensure_future(services.library.download_pass())
        try:
            await until(lambda: services.library.downloading, timeout=20)
            window.close()
            question = window.close_question
            assert question is not None and question.isVisible() and window.isVisible()
            assert "Lesson videos are downloading" in question.text() and "next time" in question.text()
            window.close()  # a second try while the question is open asks nothing more
            assert window.close_question is question
            question.button(QMessageBox.StandardButton.No).click()
            await until(lambda: window.close_question is None)
            assert window.isVisible() and services.library.downloading  # the download goes on
            window.close()
            question = window.close_question
            assert question is not None
            question.button(QMessageBox.StandardButton.Yes).click()
            await until(lambda: not window.isVisible())
            downloads.cancel()
            await asyncio.gather(downloads, return_exceptions=True)
            partial = [s for s in services.library.cache.statuses() if s.state is VideoState.DOWNLOADING]
            assert partial and all(0 < s.verified < s.size for s in partial)  # what came is kept for next time
        finally:
            downloads.cancel()
            window.close_now()
            await services.stop()
            await hub.stop()

    run(qloop, scenario())
