"""Driving the real main window in tests: one qasync loop, the app's own services and window."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import qasync
from PySide6.QtWidgets import QApplication

from app import i18n
from app.config import Config
from app.services import Services, open_services
from app.settings import Settings
from widgets.main_window import MainWindow
from widgets.window import build_window

T = TypeVar("T")


def run(loop: qasync.QEventLoop, coro: Coroutine[Any, Any, T]) -> T:
    return loop.run_until_complete(coro)


async def open_window(
    tmp_path: Path, url: str, token: str, language: str, teacher_token: str = "", config: Config | None = None
) -> tuple[MainWindow, Services]:
    """The app's window over its real services (default settings unless config), after one catalog refresh."""
    i18n.install(QApplication.instance(), language)  # type: ignore[arg-type]
    services = open_services(config or Config(), tmp_path, url, token, teacher_token)
    await services.catalog.refresh()
    window = build_window(services, Settings(None, tmp_path / "this-pc.toml"), tmp_path / "oo-classroom.log")
    window.show()
    window.activateWindow()  # keyboard shortcuts go to the active window only
    for _ in range(50):
        if window.isActiveWindow():
            break
        await asyncio.sleep(0.02)
    return window, services


async def close_window(window: MainWindow, services: Services) -> None:
    window.close_now()
    await services.stop()
