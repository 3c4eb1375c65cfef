"""A lesson has a video, a quiz or both (issue 17): a catalog mixing the three kinds through the real hub and window.

The demo hub already holds full lessons and one that is only a quiz (math-times-tables); each test adds a lesson
that is only a video (science-clouds, a copy of the water cycle's video).
"""

from __future__ import annotations

import csv
import shutil
from contextlib import closing
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from hub.result_store import find_results
from hub.server import RunningHub, start_hub
from hub.store import Store
from protocol.schema import validate
from tests.gui import close_window, open_window, run
from tests.test_network_check import lines_of, named, token_of
from tests.waiting import until
from widgets.student.classroom_screen import ClassroomScreen
from widgets.teacher.teacher_page import TeacherPage

QUIZ_ONLY = "math-times-tables"
VIDEO_ONLY = "science-clouds"
FULL = "science-water"
CLOUDS = {"language": "zh-TW", "text": "雲的種類", "translation": {"language": "en", "text": "Kinds of Clouds"}}


def add_video_only(store: Store) -> None:
    """A lesson that is only a video: the water cycle's file under another name, no quiz."""
    path = store.videos_dir / f"{VIDEO_ONLY}.mp4"
    shutil.copyfile(store.videos_dir / f"{FULL}.mp4", path)
    store.add_lesson({"id": VIDEO_ONLY, "subject": "science", "title": CLOUDS, "position": 4}, path, 60.0)


def test_the_hub_catalogs_a_lesson_without_a_video_or_without_a_quiz_and_refuses_one_with_neither(
    hub_dir: Path,
) -> None:
    with closing(Store(hub_dir)) as store:
        add_video_only(store)
        before = store.catalog()
        with pytest.raises(ValueError) as refused:
            store.add_lesson({"id": "empty", "subject": "science", "title": CLOUDS, "position": 5}, None)
        assert str(refused.value) == "lesson 'empty' has neither a video nor a quiz: give it at least one of them"
        catalog = store.catalog()
        assert catalog == before
        validate(catalog.to_json(), "Catalog")
        kinds = {lesson["id"]: ("video" in lesson, "quiz" in lesson) for lesson in catalog.lessons}
        assert kinds[QUIZ_ONLY] == (False, True) and kinds[VIDEO_ONLY] == (True, False) and kinds[FULL] == (True, True)
        assert store.quiz("quiz-math-times-tables") is not None and store.quiz("quiz-science-water") is not None


def rows_of(table: object) -> dict[str, list[str]]:
    """The lesson list's rows as shown, by lesson title."""
    model = table.model()  # type: ignore[attr-defined]
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    return {row[0]: row[1:] for row in rows}


def test_a_pupil_sees_each_kind_takes_the_quiz_of_a_lesson_without_video_and_only_videos_download(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        with closing(Store(hub_dir)) as store:
            add_video_only(store)
        hub = await start_hub(hub_dir)
        hub.store.set_roster("Lanyu 3", ["陳怡君", "林志明"])
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "en", hub.store.issue_token("teacher", "Lin"))
        try:
            classroom = window.classroom
            assert isinstance(classroom, ClassroomScreen)
            page = classroom.lessons
            details = page.findChild(QLabel, "details")
            rows = rows_of(page.table)
            # subject, length, download, quiz, on this PC
            assert rows["九九乘法練習（Times Tables Practice）"] == ["Mathematics", "", "", "3 questions", "No video"]
            assert rows["雲的種類（Kinds of Clouds）"][3:] == ["No quiz", "On the hub"]
            assert rows["水的循環（The Water Cycle）"][3:] == ["3 questions", "On the hub"]

            titles = list(rows)
            page.table.selectRow(titles.index("雲的種類（Kinds of Clouds）"))
            assert "No quiz" in details.text()
            assert page.take_quiz.isHidden() and not page.watch.isHidden() and not page.remove.isHidden()
            page.table.selectRow(titles.index("九九乘法練習（Times Tables Practice）"))
            assert "No video" in details.text() and "Quiz: 3 questions" in details.text()
            assert page.watch.isHidden() and page.keep.isHidden() and page.remove.isHidden()
            assert not page.watch.isEnabled()  # Ctrl+W does nothing either
            assert not page.take_quiz.isHidden() and page.take_quiz.isEnabled()
            page.only_here.setChecked(True)  # offline, the lesson without a video is still there to take
            assert list(rows_of(page.table)) == ["九九乘法練習（Times Tables Practice）"]
            page.only_here.setChecked(False)

            # nothing downloads for the lesson without a video; the others' videos all do
            assert await services.library.download_pass()
            held = {status.id for status in services.library.cache.statuses()}
            assert held == {"english-fruit", "math-fractions", FULL, VIDEO_ONLY}
            assert rows_of(page.table)["雲的種類（Kinds of Clouds）"][4] == "On this PC"

            # the quiz of the lesson without a video, taken by keyboard and sent
            page.table.selectRow(titles.index("九九乘法練習（Times Tables Practice）"))
            qtbot.keyClick(page.take_quiz, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: classroom.currentWidget() is classroom.quiz)
            classroom.quiz.picker.picked.emit("林志明")
            view = classroom.quiz.question
            assert view.text.text() == "3 × 4 = ？"
            field = view.findChildren(QLineEdit)[0]
            qtbot.keyClicks(field, "12")
            qtbot.keyClick(field, Qt.Key.Key_Return)
            qtbot.keyClick(view, Qt.Key.Key_B)  # 42
            qtbot.keyClick(view, Qt.Key.Key_Return)
            qtbot.keyClick(view, Qt.Key.Key_A)  # true
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert classroom.quiz.currentWidget() is classroom.quiz.summary
            assert classroom.quiz.summary.heading.text() == "Well done, 林志明! You got all 3 questions right."
            await services.sync.send_all()
            answers = find_results(hub.store.db, "quiz-math-times-tables", "Lanyu 3")
            assert [(r.pupil, r.question_id, r.answer) for r in answers] == [
                ("林志明", "q1", 12),
                ("林志明", "q2", "b"),
                ("林志明", "q3", True),
            ]

            # the teacher lists and pushes only quizzes
            teacher = window.teacher
            assert isinstance(teacher, TeacherPage)
            assert list(rows_of(teacher.table)) == [
                "Fruit at the Market（市場裡的水果）",
                "二分之一與四分之一（Halves and Quarters）",
                "九九乘法練習（Times Tables Practice）",
                "水的循環（The Water Cycle）",
            ]
            window.show_teacher()
            teacher.table.selectRow(2)
            teacher.tabs.setCurrentWidget(teacher.results)
            await teacher.results.refresh()
            export = tmp_path / "times-tables.csv"
            teacher.results.export_to(export)
            exported = list(csv.reader(export.read_bytes().decode("utf-8-sig").splitlines()))
            assert [(r[1], r[2], r[4], r[5]) for r in exported[1:]] == [
                ("陳怡君", "", "", ""),  # on the roster, not answered
                ("林志明", "1", "12", "yes"),
                ("林志明", "2", "b", "yes"),
                ("林志明", "3", "True", "yes"),
            ]
            push = window.live.teacher_view.quiz.quizzes
            assert [push.itemData(i) for i in range(push.count())] == [
                "quiz-english-fruit",
                "quiz-math-fractions",
                "quiz-science-water",
                "quiz-math-times-tables",
            ]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


async def test_the_network_check_measures_with_a_video_or_says_there_is_none(
    hub: RunningHub, classroom: dict[str, str]
) -> None:
    add_video_only(hub.store)
    line = named(await lines_of(hub.url, token_of(classroom)), "Download speed")
    assert "Mbit/s" in line.figure
    hub.store.db.execute("delete from lessons where video_id is not null")
    line = named(await lines_of(hub.url, token_of(classroom)), "Download speed")
    assert (line.figure, line.advice) == ("not measured", "The hub has no lesson video yet to measure with.")
