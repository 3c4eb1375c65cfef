"""The main window on a real hub (qasync loop, offscreen Qt): lessons, languages, offline states."""

from __future__ import annotations

import zipfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest
import qasync
from aiohttp import web
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabBar, QToolButton, QWidget

from app.catalog import HubState
from app.hub_client import HubClient
from hub.server import start_hub
from tests.fake_server import serve
from tests.gui import close_window, open_window, run
from tests.test_translations import ascii_punctuation_in_chinese
from widgets.main_window import MainWindow
from widgets.setup.setup_page import SetupPage

T = TypeVar("T")


def colours(image: QImage) -> int:
    """How many distinct colours a coarse sample of the picture has (a blank grab has one or two)."""
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})


def texts(window: MainWindow) -> str:
    found = [label.text() for label in window.findChildren(QLabel)]
    found += [button.text() for button in window.findChildren(QToolButton)]
    return "\n".join(found)


def every_text(window: MainWindow) -> list[str]:
    """What every screen of the window says: labels, buttons, group and tab titles, placeholders, tips."""
    found = [w.toolTip() for w in window.findChildren(QWidget)]
    found += [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    found += [box.title() for box in window.findChildren(QGroupBox)]
    found += [bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())]
    found += [edit.placeholderText() for edit in window.findChildren(QLineEdit)]
    return [text for text in found if text]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Connected to the hub", "4 lessons in the catalog", "Classroom", "Teacher", "IT setup"]),
        ("zh_TW", ["已連上中心伺服器", "共有 4 堂課程", "教室", "老師", "資訊組設定"]),
    ],
)
def test_main_window_lists_the_demo_lessons(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, language: str, words: list[str]
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Test classroom")
        window, services = await open_window(tmp_path, hub.url, token, language)
        try:
            shown = texts(window)
            for word in words:
                assert word in shown, (word, shown)
            table = window.classroom.lessons.table
            titles = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
            # as their authors wrote them, whatever the interface's language
            assert titles == [
                "Fruit at the Market（市場裡的水果）",
                "二分之一與四分之一（Halves and Quarters）",
                "九九乘法練習（Times Tables Practice）",
                "水的循環（The Water Cycle）",
            ]
            if language == "zh_TW":  # GLOSSARY.md: "：" after a label, never ":" next to Chinese
                assert [text for text in every_text(window) if ascii_punctuation_in_chinese(text)] == []
            for page, (show, screen) in enumerate(
                (
                    (window.show_classroom, window.classroom),
                    (window.show_teacher, window.teacher),
                    (window.show_setup, window.setup),
                )
            ):
                show()
                assert window.showing() is screen
                image = window.grab().toImage()
                assert colours(image) > 20, f"page {page} looks blank"
                image.save(str(tmp_path / f"page{page}-{language}.png"))
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_hub_down_shows_why_and_keeps_the_lessons_it_had(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Test classroom")
        url = hub.url
        window, services = await open_window(tmp_path, url, token, "en")
        await close_window(window, services)
        await hub.stop()
        # the next morning: the app starts with the hub gone
        window, services = await open_window(tmp_path, url, token, "en")
        try:
            assert services.catalog.state is HubState.OFFLINE
            assert len(services.catalog.lessons) == 4
            banner = window.status.text()
            assert banner.startswith("Offline (last try")
            assert "nothing answers at that address" in banner
            assert "Lessons and quizzes already on this PC still work" in banner
            assert window.classroom.lessons.table.model().rowCount() == 4
            setup = window.setup
            assert isinstance(setup, SetupPage)
            setup.save_diagnostics(tmp_path / "for-the-desk.zip")  # what IT staff send when the hub is gone
            assert setup.diagnostics_note.text().startswith(f"Saved {tmp_path / 'for-the-desk.zip'}")
            assert zipfile.ZipFile(tmp_path / "for-the-desk.zip").namelist()[0] == "versions.txt"
        finally:
            await close_window(window, services)

    run(qloop, scenario())


async def html_page(request: web.Request) -> web.Response:
    return web.Response(text="<html><body>Router login</body></html>", content_type="text/html")


async def wrong_json(request: web.Request) -> web.Response:
    return web.json_response({"lessons": "none today"})


async def server_error(request: web.Request) -> web.Response:
    return web.Response(status=500, text="Internal Server Error")


async def half_reply(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Length": "1000"})
    await response.prepare(request)
    await response.write(b'{"lessons": [')
    assert request.transport is not None
    request.transport.close()
    return response


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (html_page, "answered, but not like an O&O Classroom hub (not JSON)"),
        (wrong_json, "answered, but not like an O&O Classroom hub (lessons: 'none today' is not of type 'array')"),
        (server_error, "has a problem of its own (HTTP 500)"),
        (half_reply, "broke off. It will be tried again."),
    ],
)
def test_a_hub_answering_garbage_is_named_and_nothing_crashes(
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    expected: str,
) -> None:
    async def scenario() -> None:
        runner, url = await serve(handler)
        window, services = await open_window(tmp_path, url, "some-token", "en")
        try:
            assert services.catalog.state is HubState.OFFLINE
            assert expected in window.status.text()
            assert services.catalog.lessons == []
        finally:
            await close_window(window, services)
            await runner.cleanup()

    run(qloop, scenario())


def test_a_refused_token_says_what_to_do_in_chinese(qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        window, services = await open_window(tmp_path, hub.url, "revoked-token", "zh_TW")
        try:
            assert "不接受這台電腦的授權碼" in window.status.text()
            assert "離線中" in window.status.text()
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_an_unchanged_catalog_costs_a_304_and_no_reload(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Test classroom")
        client = HubClient(hub.url, token)
        first = await client.catalog(None)
        again = await client.catalog(first.etag)
        await client.close()
        assert first.catalog is not None and again.catalog is None and again.etag == first.etag
        window, services = await open_window(tmp_path, hub.url, token, "en")
        reloads: list[None] = []
        services.catalog.lessons_changed.connect(lambda: reloads.append(None))
        try:
            await services.catalog.refresh()
            assert reloads == [] and services.catalog.state is HubState.ONLINE
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())
