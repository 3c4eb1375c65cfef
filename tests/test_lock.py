"""The teacher/IT lock of a classroom PC: Teacher and IT setup ask for the PIN, idle minutes lock again,
removing a video asks once, a teacher's PC is never asked; the PIN is kept only as a salted hash."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.config import Config, UiSettings, load
from app.config_command import make_pin
from app.errors import ConfigError
from app.pin import hash_pin, pin_matches, well_formed
from app.screen_lock import ScreenLock
from hub.server import start_hub
from tests.gui import close_window, open_window, run
from tests.waiting import until
from widgets.common.pin_dialog import PinDialog
from widgets.main_window import MainWindow

PIN = "2468"


def nav_button(window: MainWindow, name: str) -> QToolButton:
    return next(b for b in window.findChildren(QToolButton) if b.text() == name)


def questions(window: MainWindow) -> list[QDialog]:
    """The dialogs open over the window now."""
    return [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]


def locked_config(role: str = "classroom") -> Config:
    return replace(Config(), ui=UiSettings(role=role, pin_hash=hash_pin(PIN)))


def test_the_pin_is_kept_only_as_a_salted_hash() -> None:
    first, second = hash_pin(PIN), hash_pin(PIN)
    assert PIN not in first and first != second  # a new salt each time
    assert pin_matches(PIN, first) and pin_matches(PIN, second)
    assert not pin_matches("2469", first) and not pin_matches(PIN, "2468")
    scheme, rounds, salt, digest = first.split("$")
    assert well_formed(first)
    for broken in (
        PIN,  # the PIN itself, written in clear
        f"{scheme}${rounds}${salt}",  # a line cut short
        f"md5${rounds}${salt}${digest}",
        f"{scheme}$1000${salt}${digest}",  # too few rounds to be one of ours
        f"{scheme}${rounds}${salt}${digest[:-8]}",
        f"{scheme}${rounds}$not-base64!${digest}",
    ):
        assert not well_formed(broken), broken
        assert not pin_matches(PIN, broken)


def test_config_check_rejects_a_malformed_pin_hash_and_never_echoes_it(tmp_path: Path) -> None:
    bad = tmp_path / "school.toml"
    bad.write_text(f'[ui]\nrole = "classroom"\npin_hash = "{PIN}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load(bad)
    (message,) = str(caught.value).splitlines()
    assert message.startswith(f"{bad}, line 3: [ui] pin_hash: expected") and "oo-classroom config pin" in message
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "config", "check", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "line 3: [ui] pin_hash: expected" in result.stderr
    assert PIN not in result.stderr + result.stdout
    bad.write_text("[ui]\nlock_after_minutes = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"line 2: \[ui\] lock_after_minutes: expected a whole number of minutes"):
        load(bad)


def test_config_pin_asks_twice_and_prints_a_line_that_holds_no_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []

    def typed(*answers: str) -> object:
        replies = iter(answers)

        def ask(prompt: str) -> str:
            asked.append(prompt)
            return next(replies)

        return ask

    assert make_pin(typed(PIN, "2469")) == 1  # type: ignore[arg-type]
    assert "differ" in capsys.readouterr().err
    assert make_pin(typed("12", "12")) == 1  # type: ignore[arg-type]
    assert "at least 4" in capsys.readouterr().err
    assert make_pin(typed(PIN, PIN)) == 0  # type: ignore[arg-type]
    out, err = capsys.readouterr()
    assert len(asked) == 6 and "[ui]" in err
    (line,) = out.splitlines()
    assert line.startswith('pin_hash = "pbkdf2_sha256$') and PIN not in line
    school = tmp_path / "school.toml"
    school.write_text(f"[ui]\n{line}\n", encoding="utf-8")
    assert pin_matches(PIN, load(school).ui.pin_hash)


def test_a_pupil_needs_the_pin_for_teacher_and_it_setup(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "en", config=locked_config())
        try:
            assert window.showing() is window.classroom and not window.lock_button.isVisible()
            nav_button(window, "Teacher").click()
            dialog = window.pin_question
            assert isinstance(dialog, PinDialog) and questions(window) == [dialog]
            assert "quiz answers" in dialog.why.text()
            assert window.showing() is window.classroom and nav_button(window, "Classroom").isChecked()
            qtbot.keyClicks(dialog.pin, "1357")
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # a wrong PIN: said, and the box stays
            assert dialog.isVisible() and dialog.problem.text().startswith("Wrong PIN")
            assert dialog.pin.text() == "" and window.showing() is window.classroom
            dialog.reject()  # the pupil gives up
            await until(lambda: window.pin_question is None)
            assert window.showing() is window.classroom
            window.activateWindow()  # keyboard shortcuts go to the active window only
            await until(window.isActiveWindow)
            qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # IT setup by its key
            await until(lambda: window.pin_question is not None)  # a shortcut clicks its button a moment later
            dialog = window.pin_question
            assert isinstance(dialog, PinDialog) and window.showing() is window.classroom
            assert "changes this PC" in dialog.why.text()
            qtbot.keyClicks(dialog.pin, PIN)
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
            assert not dialog.isVisible() and window.showing() is window.setup
            assert nav_button(window, "IT setup").isChecked() and window.lock_button.isVisible()
            nav_button(window, "Teacher").click()  # unlocked: no more questions
            assert window.showing() is window.teacher and questions(window) == []
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_idle_minutes_lock_the_pc_again_on_the_pupils_screen(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        config = replace(locked_config(), ui=replace(locked_config().ui, lock_after_minutes=4))
        window, services = await open_window(tmp_path, hub.url, token, "en", config=config)
        try:
            lock = window.lock
            assert lock.idle.interval() == 4 * 60_000 and not lock.idle.isActive()
            nav_button(window, "Teacher").click()
            dialog = window.pin_question
            assert isinstance(dialog, PinDialog)
            dialog.pin.setText(PIN)
            dialog.unlock.click()
            assert window.showing() is window.teacher and lock.idle.isActive()
            lock.idle.stop()
            qtbot.keyClick(window.teacher.table, Qt.Key.Key_Down)  # someone at the keyboard: the minutes start again
            assert lock.idle.isActive()
            lock.idle.setInterval(50)  # four minutes, shortened
            lock.idle.start()
            await until(lambda: lock.locked)
            assert window.showing() is window.classroom and nav_button(window, "Classroom").isChecked()
            assert not window.lock_button.isVisible()
            nav_button(window, "Teacher").click()
            assert isinstance(window.pin_question, PinDialog) and window.showing() is window.classroom
            window.pin_question.pin.setText(PIN)
            window.pin_question.unlock.click()
            window.lock_button.click()  # the teacher locks it on leaving
            assert lock.locked and window.showing() is window.classroom
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_removing_a_video_asks_once(qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "en", config=locked_config())
        try:
            lessons = window.classroom.lessons
            library = services.library
            assert await library.download_pass()
            first, second = (services.catalog.lessons[row].video_id for row in (0, 1))
            lessons.table.selectRow(0)
            lessons.remove.click()
            dialog = lessons.remove_question
            assert isinstance(dialog, PinDialog) and questions(window) == [dialog]
            dialog.pin.setText("0000")
            dialog.unlock.click()
            assert dialog.isVisible() and not library.removed(first)
            dialog.pin.setText(PIN)
            dialog.unlock.click()
            assert questions(window) == [] and library.removed(first)  # the PIN was the one question
            assert lessons.remove.text() == "Download again"
            lessons.table.selectRow(1)  # unlocked now: a yes is asked instead
            lessons.remove.click()
            box = lessons.remove_question
            assert isinstance(box, QMessageBox) and questions(window) == [box]
            assert "stays on the hub" in box.text()
            box.button(QMessageBox.StandardButton.No).click()
            assert questions(window) == [] and not library.removed(second)
            lessons.remove.click()
            box = lessons.remove_question
            assert isinstance(box, QMessageBox)
            box.button(QMessageBox.StandardButton.Yes).click()
            assert questions(window) == [] and library.removed(second)
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_teachers_pc_is_never_asked_for_the_pin(qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Ms. Lin")
        window, services = await open_window(tmp_path, hub.url, token, "en", config=locked_config("teacher"))
        try:
            assert window.showing() is window.teacher and questions(window) == []
            for name, screen in (("IT setup", window.setup), ("Classroom", window.classroom)):
                nav_button(window, name).click()
                assert window.showing() is screen and questions(window) == []
            assert not window.lock.locked and not window.lock_button.isVisible()
            lessons = window.classroom.lessons
            assert await services.library.download_pass()
            lessons.remove.click()
            assert isinstance(lessons.remove_question, QMessageBox)  # a yes, not the PIN
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_after_five_wrong_pins_each_try_waits_longer(qtbot: QtBot) -> None:
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    now = [1000.0]  # the lock's clock, moved by the test instead of waiting
    lock = ScreenLock(hash_pin(PIN), 3, clock=lambda: now[0])
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PinDialog(lock, "Teacher screen", parent)
    dialog.open()

    def typed(pin: str) -> str:
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        return dialog.problem.text()

    for _ in range(4):
        assert typed("1357").startswith("Wrong PIN")
    assert typed("1357") == "Too many wrong PINs. Wait 30 seconds, then try again."
    assert typed(PIN) == "Too many wrong PINs. Wait 30 seconds, then try again." and lock.locked
    now[0] += 30
    assert typed("1357") == "Too many wrong PINs. Wait 60 seconds, then try again."  # each wrong one doubles it
    now[0] += 59
    assert typed(PIN).endswith("Wait 1 second, then try again.") and lock.locked
    now[0] += 1
    typed(PIN)
    assert not lock.locked and dialog.result() == QDialog.DialogCode.Accepted
    lock.lock()
    assert not lock.unlock("1357") and lock.retry_in() == 0  # the right PIN started the count again
    i18n.install(QApplication.instance(), "zh_TW")  # type: ignore[arg-type]
    try:
        again = PinDialog(lock, "老師畫面", parent)
        again.open()
        for _ in range(4):
            qtbot.keyClicks(again.pin, "1357")
            qtbot.keyClick(again.pin, Qt.Key.Key_Return)
        assert again.problem.text() == "PIN 碼錯誤太多次。請等 30 秒後再試。"
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
