"""The teacher's results: every pupil of a roster (answered or not), one pupil's answers, the CSV, the demo's names."""

from __future__ import annotations

import csv
from pathlib import Path

import qasync
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.attendance_export import export_attendance
from app.hub_client import HubClient
from hub.attendance import record_join, record_lesson
from hub.demo import DEMO_CLASSROOM, DEMO_ROSTER, DEMO_TEACHER
from hub.result_store import add_results
from hub.server import start_hub
from protocol.http.results import Result
from tests.gui import close_window, open_window, run
from widgets.main_window import MainWindow
from widgets.teacher.results_view import ResultsView
from widgets.teacher.teacher_page import TeacherPage

OLD_HEADER = [
    "Classroom",
    "Pupil",
    "Question",
    "Question text",
    "Answer",
    "Right",
    "Answered at (PC clock)",
    "Arrived at hub (UTC)",
]


def answer(quiz: str, question: str, pupil: str, value: object, n: int) -> Result:
    return Result(f"00000000-0000-4000-8000-{n:012d}", quiz, question, pupil, value, "2026-11-25T10:41:00+08:00")


def table(model: QAbstractItemModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


async def results_of(window: MainWindow, lesson_row: int) -> ResultsView:
    """The teacher's results of the lesson in this row, fetched from the hub."""
    teacher_page = window.teacher
    assert isinstance(teacher_page, TeacherPage)
    window.show_teacher()
    teacher_page.table.selectRow(lesson_row)
    teacher_page.tabs.setCurrentWidget(teacher_page.results)
    await teacher_page.results.refresh()
    return teacher_page.results


def test_the_teacher_sees_who_has_not_answered_opens_one_pupil_and_exports_score_and_words(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        hub.store.set_roster("Lanyu 3", ["陳怡君", "林志明", "Ana Lin"])
        hub.store.set_roster("Not enrolled yet", ["Nobody"])  # no token: none of its pupils can answer
        token = hub.store.issue_token("classroom", "Lanyu 3")
        teacher = hub.store.issue_token("teacher", "Ms. Lin")
        quiz = "quiz-english-fruit"
        add_results(
            hub.store.db,
            [
                answer(quiz, "q1", "林志明", "b", 1),  # banana: right
                answer(quiz, "q2", "林志明", ["a", "b"], 2),  # apple and chair: wrong
                answer(quiz, "q1", "Kai", "c", 3),  # a name typed in, not on the roster
            ],
            "Lanyu 3",
        )
        window, services = await open_window(tmp_path, hub.url, token, "en", teacher)
        try:
            view = await results_of(window, 0)  # English: fruit
            assert [row[:4] for row in table(view.pupils.model())] == [
                ["Lanyu 3", "陳怡君", "not answered", ""],
                ["Lanyu 3", "林志明", "2 / 3", "1"],
                ["Lanyu 3", "Ana Lin", "not answered", ""],
                ["Lanyu 3", "Kai", "1 / 3", "0"],
            ]
            assert view.status.text() == "“Fruit words（水果單字）”: 2 of 4 pupils answered."

            # a double-click on a pupil opens each question with their answer and the right one
            assert not view.show_answers.isEnabled()
            place = view.pupils.visualRect(view.pupils.model().index(1, 1)).center()
            qtbot.mouseClick(view.pupils.viewport(), Qt.MouseButton.LeftButton, pos=place)
            assert view.show_answers.isEnabled()
            qtbot.mouseDClick(view.pupils.viewport(), Qt.MouseButton.LeftButton, pos=place)
            opened = view.answers
            assert opened is not None and opened.isVisible()
            assert opened.heading.text() == "林志明 (Lanyu 3): 1 of 3 right"
            assert table(opened.table.model()) == [
                ["1. Which one is a banana?（哪一個是香蕉？）", "banana", "✔ right", "banana"],
                ["2. Which are fruit?（哪些是水果？）", "apple, chair", "✘ wrong", "apple, orange"],
                ["3. Write 蘋果 in English.（請用英文寫出「蘋果」。）", "not answered", "", "apple"],
            ]
            opened.close()
            view.pupils.selectRow(0)
            view.show_answers.click()  # the button opens the chosen pupil too
            assert view.answers is not None and view.answers.heading.text() == "陳怡君 (Lanyu 3): 0 of 3 right"
            assert [row[1] for row in table(view.answers.table.model())] == ["not answered"] * 3
            view.answers.close()

            # the CSV: the old columns first, as they were; then the score and the answers in words
            path = tmp_path / "fruit.csv"
            view.export_to(path)
            raw = path.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")
            rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
            assert rows[0] == [*OLD_HEADER, "Score", "Out of", "Answer in words", "Right answer", "Quiz version"]
            assert [r[:6] + r[8:] for r in rows[1:]] == [
                ["Lanyu 3", "陳怡君", "", "", "", "", "", "3", "not answered", "", ""],
                [
                    "Lanyu 3",
                    "林志明",
                    "1",
                    "Which one is a banana?（哪一個是香蕉？）",
                    "b",
                    "yes",
                    "1",
                    "3",
                    "banana",
                    "banana",
                    "1",
                ],
                [
                    "Lanyu 3",
                    "林志明",
                    "2",
                    "Which are fruit?（哪些是水果？）",
                    "a; b",
                    "no",
                    "1",
                    "3",
                    "apple; chair",
                    "apple; orange",
                    "1",
                ],
                ["Lanyu 3", "Ana Lin", "", "", "", "", "", "3", "not answered", "", ""],
                [
                    "Lanyu 3",
                    "Kai",
                    "1",
                    "Which one is a banana?（哪一個是香蕉？）",
                    "c",
                    "no",
                    "0",
                    "3",
                    "orange",
                    "banana",
                    "1",
                ],
            ]
            assert rows[2][6] == "2026-11-25T10:41:00+08:00" and rows[2][7].startswith("20")
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_the_demo_classroom_is_named_in_zh_tw_in_the_results_the_answers_and_the_csv(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)  # the demo's lessons and its classroom's roster, as the demo hub has them
        token = hub.store.issue_token("classroom", DEMO_CLASSROOM)
        teacher = hub.store.issue_token("teacher", DEMO_TEACHER)
        quiz = "quiz-math-fractions"
        pupil = DEMO_ROSTER[1]
        add_results(
            hub.store.db,
            [answer(quiz, "q1", pupil, 3, 1), answer(quiz, "q2", pupil, True, 2), answer(quiz, "q3", pupil, "a", 3)],
            DEMO_CLASSROOM,
        )
        window, services = await open_window(tmp_path, hub.url, token, "zh_TW", teacher)
        try:
            view = await results_of(window, 1)  # mathematics: fractions
            rows = table(view.pupils.model())
            assert [row[:4] for row in rows[:2]] == [
                ["示範教室", DEMO_ROSTER[0], "未作答", ""],
                ["示範教室", pupil, "3 / 3", "2"],
            ]
            assert {row[0] for row in rows} == {"示範教室"} and len(rows) == len(DEMO_ROSTER)
            assert view.status.text() == "「分數」：8 位學生中 1 位已作答。"
            view.open_answers(1)
            assert view.answers is not None
            assert view.answers.heading.text() == f"{pupil}（示範教室）：3 題中答對 2 題"
            assert [row[1:] for row in table(view.answers.table.model())] == [
                ["3", "✘ 答錯", "4"],
                ["對", "✔ 答對", "對"],
                ["1/2", "✔ 答對", "1/2"],
            ]
            view.answers.close()
            path = tmp_path / "分數.csv"
            view.export_to(path)
            csv_rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
            assert csv_rows[0][:3] == ["教室", "學生", "題號"] and csv_rows[0][8:] == [
                "得分",
                "滿分",
                "答案內容",
                "正確答案",
                "測驗版本",
            ]
            assert {r[0] for r in csv_rows[1:]} == {"示範教室"}
            assert [r[1] for r in csv_rows[1:]].count(DEMO_ROSTER[0]) == 1  # one row: not answered
            assert csv_rows[1][1:] == [DEMO_ROSTER[0], "", "", "", "", "", "", "", "3", "未作答", "", ""]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_the_demo_teacher_and_classroom_are_named_in_zh_tw_in_the_attendance_csv(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        i18n.install(QApplication.instance(), "zh_TW")  # type: ignore[arg-type]
        hub = await start_hub(hub_dir)
        teacher = hub.store.issue_token("teacher", DEMO_TEACHER)
        record_lesson(hub.store.db, "0123456789abcdef", "K7MPQ2", DEMO_TEACHER, "e5f60718")
        record_join(hub.store.db, "0123456789abcdef", "e5f60718", DEMO_TEACHER, "teacher")
        record_join(hub.store.db, "0123456789abcdef", "a1b2c3d4", DEMO_CLASSROOM, "classroom")
        client = HubClient(hub.url, teacher)
        try:
            path = tmp_path / "出席.csv"
            assert await export_attendance(client, "0123456789abcdef", path) == 2
            rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
            assert [r[:2] for r in rows[1:]] == [["示範老師", "老師"], ["示範教室", "教室"]]
        finally:
            await client.close()
            await hub.stop()
            i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]

    run(qloop, scenario())
