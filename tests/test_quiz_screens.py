"""The quiz as a pupil and a teacher use it: keyboard answers, resume, summary, results, CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.catalog import HubState
from hub.server import start_hub
from tests.gui import close_window, open_window, run
from tests.waiting import until
from widgets.student.classroom_screen import ClassroomScreen
from widgets.teacher.teacher_page import TeacherPage


def test_a_pupil_answers_by_keyboard_and_the_teacher_sees_and_exports_it(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        hub.store.set_roster("Lanyu 3", ["陳怡君", "林志明"])
        token = hub.store.issue_token("classroom", "Lanyu 3")
        teacher = hub.store.issue_token("teacher", "Ms. Lin")
        window, services = await open_window(tmp_path, hub.url, token, "zh_TW", teacher)
        try:
            classroom = window.classroom
            assert isinstance(classroom, ClassroomScreen)
            classroom.lessons.table.selectRow(0)  # English: fruit
            qtbot.keyClick(classroom.lessons.take_quiz, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: classroom.currentWidget() is classroom.quiz)
            names = [b.text() for b in classroom.quiz.picker.findChildren(QPushButton)]
            assert "陳怡君" in names and "林志明" in names
            classroom.quiz.picker.picked.emit("林志明")
            view = classroom.quiz.question
            assert (
                view.progress.text() == "第 1 題，共 3 題"
                and view.text.text() == "Which one is a banana?（哪一個是香蕉？）"
            )
            qtbot.keyClick(view, Qt.Key.Key_B)  # single choice: banana ...
            assert view.progress.text() == "第 1 題，共 3 題"  # ... chosen, not yet given
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert view.progress.text() == "第 2 題，共 3 題"
            qtbot.keyClick(view, Qt.Key.Key_A)  # multiple: apple ...
            qtbot.keyClick(view, Qt.Key.Key_C)  # ... and orange
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert view.progress.text() == "第 3 題，共 3 題"
            assert services.sync.waiting == 2
            await services.sync.send_all()
            # the window closes mid-quiz; reopened, the pupil is offered to continue
            classroom.quiz.closed.emit()
            classroom.lessons.take_quiz.click()
            classroom.quiz.picker.picked.emit("林志明")
            assert classroom.quiz.currentWidget() is classroom.quiz.resume
            assert "答了 3 題中的 2 題" in classroom.quiz.resume_text.text()
            classroom.quiz.continue_button.click()
            field = view.findChildren(QLineEdit)[0]
            assert window.focusWidget() is field  # the typed-answer box takes the keys at once, no click first
            qtbot.keyClicks(field, "Apple")
            qtbot.keyClick(field, Qt.Key.Key_Return)
            summary = classroom.quiz.summary
            assert classroom.quiz.currentWidget() is summary
            assert summary.heading.text() == "做得好，林志明！3 題全部答對。"
            await services.sync.send_all()
            assert services.sync.waiting == 0 and services.catalog.state is HubState.ONLINE

            teacher_page = window.teacher
            assert isinstance(teacher_page, TeacherPage)
            window.show_teacher()
            teacher_page.table.selectRow(0)
            teacher_page.tabs.setCurrentWidget(teacher_page.results)
            await teacher_page.results.refresh()
            model = teacher_page.results.pupils.model()
            rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
            assert [row[:4] for row in rows] == [
                ["Lanyu 3", "陳怡君", "未作答", ""],
                ["Lanyu 3", "林志明", "3 / 3", "3"],
            ]
            assert "1 人中 1 人答對" in teacher_page.results.questions.item(0).text()
            export = tmp_path / "水果單字.csv"
            teacher_page.results.export_to(export)
            raw = export.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
            rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
            assert rows[0][:3] == ["教室", "學生", "題號"]
            assert [(r[1], r[2], r[4], r[5]) for r in rows[1:]] == [
                ("陳怡君", "", "", ""),  # on the roster, not answered
                ("林志明", "1", "b", "是"),
                ("林志明", "2", "a; c", "是"),
                ("林志明", "3", "Apple", "是"),
            ]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_classroom_token_cannot_see_results(qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "en")
        try:
            teacher_page = window.teacher
            assert isinstance(teacher_page, TeacherPage)
            teacher_page.tabs.setCurrentWidget(teacher_page.results)
            await teacher_page.results.refresh()
            assert "does not allow this PC" in teacher_page.results.status.text()
            assert not teacher_page.results.export.isEnabled()
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())
