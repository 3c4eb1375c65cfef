"""The settings form of IT setup on the real app: type, save, restart into the new settings."""

from __future__ import annotations

import asyncio
import tomllib
from pathlib import Path

import qasync
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from app.config import Config
from app.launch import RESTART, Launch
from app.pin import pin_matches
from app.settings import Settings
from hub.server import RunningHub, start_hub
from tests.null_sink import NullSink
from tests.waiting import until
from widgets.desktop import run
from widgets.main_window import MainWindow
from widgets.setup.settings_form import SettingsForm
from widgets.setup.setup_page import SetupPage


def provisioned(tmp_path: Path, url: str, token: str) -> Path:
    path = tmp_path / "school.toml"
    path.write_text(
        f'[hub]\nurl = "{url}"\ntoken = "{token}"\n[storage]\ndata_dir = "{tmp_path / "data"}"\n'
        '[[network.turn]]\nurl = "turn:turn.lanyu.example:3478"\nusername = "lanyu"\npassword = "turn-pw-SECRET"\n',
        encoding="utf-8",
    )
    return path


async def open_setup(settings: Settings, language: str = "en") -> tuple[asyncio.Task[int], MainWindow, SetupPage]:
    """run() as main() starts it, until its window shows the settings tab."""
    config = settings.load()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    task = asyncio.ensure_future(run(app, config, settings, Launch(language, settings.overrides.parent / "x.log")))
    await until(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()), 20)
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    window.show_setup()
    setup = window.showing()
    assert isinstance(setup, SetupPage)
    setup.tabs.setCurrentIndex(1)
    return task, window, setup


async def finish(task: asyncio.Task[int], window: MainWindow) -> int:
    """Close the window unless run() has ended already; run()'s result."""
    if not task.done():
        window.close()
    return await asyncio.wait_for(task, 30)


def edit(setup: SetupPage, name: str) -> QLineEdit:
    return next(e for e in setup.form.findChildren(QLineEdit) if e.accessibleName() == name)


def test_a_mistake_is_named_then_a_fix_is_saved_and_restart_uses_it(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub: RunningHub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        school = provisioned(tmp_path, hub.url, token)
        before = school.read_bytes()
        settings = Settings(school, tmp_path / "pc" / "this-pc.toml")
        task, window, setup = await open_setup(settings)
        try:
            form = setup.form
            token_edit = edit(setup, "Enrolment token")
            assert token_edit.text() == "" and token not in token_edit.placeholderText()
            assert token_edit.placeholderText().startswith("••••••••" + token[-4:])
            password = edit(setup, "TURN password")
            assert password.text() == "" and "SECRET" not in password.placeholderText()
            edit(setup, "Download hours").setText("after school")
            edit(setup, "HTTP proxy").setText("http://proxy.lanyu.example:3128")
            save = next(b for b in form.findChildren(QPushButton) if b.text() == "Save")
            save.click()
            assert "Not saved" in form.note.text() and "[downloads] window: expected a time window" in form.note.text()
            assert not settings.overrides.exists() and not form.restart.isVisible()
            edit(setup, "Download hours").setText("18:00-06:00")
            save.click()
            assert "Restart O&O Classroom" in form.note.text() and form.restart.isVisible()
            written = tomllib.loads(settings.overrides.read_text(encoding="utf-8"))
            assert written == {
                "network": {"proxy": "http://proxy.lanyu.example:3128"},
                "downloads": {"window": "18:00-06:00"},
            }
            assert school.read_bytes() == before
            form.restart.click()
            assert await asyncio.wait_for(task, 30) == RESTART
        finally:
            await finish(task, window)
        task, window, setup = await open_setup(settings)
        try:  # the new start shows what this PC changed, marked
            assert edit(setup, "HTTP proxy").text() == "http://proxy.lanyu.example:3128"
            labels = [label.text() for label in setup.form.findChildren(type(setup.form.note))]
            assert "HTTP proxy *:" in labels and "Download hours *:" in labels and "Hub address:" in labels
            assert setup.form.changes() == {}
        finally:
            assert await finish(task, window) == 0
            await hub.stop()

    qloop.run_until_complete(scenario())


def test_a_device_picked_on_the_devices_tab_is_kept_on_this_pc(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, null_sink: NullSink
) -> None:
    async def scenario() -> None:
        hub: RunningHub = await start_hub(hub_dir)
        school = provisioned(tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
        settings = Settings(school, tmp_path / "pc" / "this-pc.toml")
        task, window, setup = await open_setup(settings)
        try:
            setup.tabs.setCurrentWidget(setup.devices.parentWidget())
            speakers = setup.devices.speakers_choice
            await until(lambda: speakers.count() > 1)
            QTest.keyClick(speakers, Qt.Key.Key_Down)  # as a user picks the next one
            chosen = speakers.currentData()
            assert chosen and settings.load().devices.speakers == chosen
            assert tomllib.loads(settings.overrides.read_text(encoding="utf-8"))["devices"]["speakers"] == chosen
        finally:
            assert await finish(task, window) == 0
            await hub.stop()

    qloop.run_until_complete(scenario())


def test_the_wheel_over_a_closed_drop_down_leaves_it_as_set(qtbot: QtBot, tmp_path: Path) -> None:
    """Scrolling the settings page over "This PC is for" once turned a classroom PC into a teacher's."""
    form = SettingsForm(Settings(None, tmp_path / "this-pc.toml"), Config())
    page = QScrollArea()
    page.setWidget(form)
    page.resize(700, 400)
    qtbot.addWidget(page)
    page.show()
    role = next(c for c in form.findChildren(QComboBox) if c.findData("teacher") >= 0)
    assert role.currentData() == "classroom" and not role.hasFocus()
    at = QPointF(role.rect().center())
    for turn in (-120, 120, -120):
        wheel = QWheelEvent(
            at,
            QPointF(role.mapToGlobal(at)),
            QPoint(),
            QPoint(0, turn),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(role, wheel)
    assert role.currentData() == "classroom"


def test_after_save_this_pc_and_the_provisioned_button_say_so_at_once_and_a_pin_is_kept_hashed(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub: RunningHub = await start_hub(hub_dir)
        school = provisioned(tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
        settings = Settings(school, tmp_path / "pc" / "this-pc.toml")
        task, window, setup = await open_setup(settings)
        try:
            form = setup.form
            forget = next(b for b in form.findChildren(QPushButton) if b.text() == "Use the provisioned settings")
            assert setup.own_settings.text() == "none changed on this PC" and not forget.isEnabled()
            edit(setup, "HTTP proxy").setText("http://proxy.lanyu.example:3128")
            form.save()
            assert setup.own_settings.text() == str(settings.overrides) and forget.isEnabled()
            form.forget()
            assert setup.own_settings.text() == "none changed on this PC" and not forget.isEnabled()
            # the teacher/IT PIN: the This PC tab says what having none means; only its hash is kept
            assert any("no PIN is set" in label.text() for label in setup.findChildren(QLabel))
            edit(setup, "Teacher/IT PIN").setText("8642")
            edit(setup, "The PIN again").setText("8643")
            form.save()
            assert "The two PINs differ" in form.note.text() and not settings.overrides.exists()
            edit(setup, "The PIN again").setText("8642")
            form.save()
            assert "Restart O&O Classroom" in form.note.text() and forget.isEnabled()
            written = settings.overrides.read_text(encoding="utf-8")
            assert "8642" not in written and "pin_hash" in written
            assert pin_matches("8642", settings.load().ui.pin_hash)
            assert edit(setup, "Teacher/IT PIN").text() == "" and edit(setup, "The PIN again").text() == ""
        finally:
            assert await finish(task, window) == 0
            await hub.stop()

    qloop.run_until_complete(scenario())
