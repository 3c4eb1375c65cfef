"""Lesson content keeps the language its author wrote it in; the interface follows the user's language."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import qasync
import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.catalog import CatalogService, HubState
from app.hub_client import HubClient
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from hub.catalog_store import mark_changed
from hub.demo import LESSONS, register_demo
from hub.server import RunningHub, start_hub
from hub.store import Store
from protocol.schema import SchemaError, validate
from tests.gui import close_window, open_window, run
from tests.waiting import until
from widgets.student.choice_inputs import ChoiceInputs
from widgets.student.classroom_screen import ClassroomScreen
from widgets.student.question_view import QuestionView
from widgets.teacher.teacher_page import TeacherPage


def legacy(en: str, zh: str) -> dict[str, str]:
    """A text as catalogs had it before texts said their author's language: one per interface language."""
    return {"en": en, "zh_TW": zh}


OLD_FRUIT_QUIZ: dict[str, Any] = {
    "id": "quiz-english-fruit",
    "title": legacy("Fruit words", "水果單字"),
    "questions": [
        {
            "id": "q1",
            "kind": "single",
            "text": legacy("Which one is a banana?", "哪一個是香蕉？"),
            "options": [
                {"id": "a", "text": legacy("apple", "蘋果")},
                {"id": "b", "text": legacy("banana", "香蕉")},
            ],
            "answer": "b",
        }
    ],
}


def choices(view: QuestionView) -> list[str]:
    """The choices as shown (without the chosen/unchosen mark before them)."""
    return [button.accessibleName() for inputs in view.findChildren(ChoiceInputs) for button in inputs.buttons]


def test_an_english_quiz_reads_in_english_on_a_chinese_screen(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "zh_TW", hub.store.issue_token("teacher", "Lin"))
        try:
            classroom = window.classroom
            assert isinstance(classroom, ClassroomScreen)
            classroom.lessons.table.selectRow(0)  # the English lesson
            classroom.lessons.take_quiz.click()
            await until(lambda: classroom.currentWidget() is classroom.quiz)
            assert "Fruit words（水果單字）" in classroom.quiz.picker.heading.text()
            classroom.quiz.picker.picked.emit("林志明")
            view = classroom.quiz.question
            # the interface in Chinese, the question in English with the hint its author added, the choices
            # it tests in English only
            assert view.progress.text() == "第 1 題，共 3 題"
            assert view.text.text() == "Which one is a banana?（哪一個是香蕉？）"
            assert choices(view) == ["A. apple", "B. banana", "C. orange"]
            qtbot.keyClick(view, Qt.Key.Key_B)
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert view.text.text() == "Which are fruit?（哪些是水果？）"
            assert choices(view)[:3] == ["A. apple", "B. chair", "C. orange"]

            # the teacher reads the quiz and pushes pop-up quizzes by their titles as written
            teacher = window.teacher
            assert isinstance(teacher, TeacherPage)
            teacher.table.selectRow(0)
            assert teacher.questions.item(0).text().startswith("1. Which one is a banana?（哪一個是香蕉？）\n")
            push = window.live.teacher_view.quiz.quizzes
            assert [push.itemText(i) for i in range(push.count())] == [
                "Fruit words（水果單字）",
                "分數",
                "水的循環（The water cycle）",
                "九九乘法",
            ]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def text(language: str, words: str, translation: str = "", show: str = "") -> dict[str, Any]:
    body: dict[str, Any] = {"language": language, "text": words}
    if translation:
        body["translation"] = {"language": "en" if language != "en" else "zh-TW", "text": translation}
    if show:
        body["show"] = show
    return body


BILINGUAL: dict[str, Any] = {
    "id": "bilingual",
    "title": text("zh-TW", "天氣", "Weather"),
    "questions": [
        {
            "id": "both",
            "kind": "single",
            "text": text("zh-TW", "今天會下雨嗎？", "Will it rain today?"),
            "options": [
                {"id": "a", "text": text("zh-TW", "會", "Yes")},
                {"id": "b", "text": text("zh-TW", "不會", "No", show="author")},
            ],
            "answer": "a",
        },
        {
            "id": "author",
            "kind": "true_false",
            "text": text("tao", "Ikong so ngaran mo?", "你叫什麼名字？", show="author"),
            "answer": True,
        },
    ],
}


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_a_text_shows_the_translation_its_author_chose_to_show_whatever_the_interface(
    qapp: QApplication, qtbot: QtBot, db: sqlite_utils.Database, language: str
) -> None:
    i18n.install(qapp, language)
    validate(BILINGUAL, "Quiz")
    view = QuestionView()
    qtbot.addWidget(view)
    session = Quizzes(QuizStore(db), lambda: None).begin(BILINGUAL, "Ana")
    view.show_question(session)
    assert view.text.text() == "今天會下雨嗎？（Will it rain today?）"  # shown both: the author said so
    assert choices(view) == ["A. 會（Yes）", "B. 不會"]  # the second's author chose their own words alone
    session.submit("a")
    view.show_question(session)
    assert view.text.text() == "Ikong so ngaran mo?"


def test_a_text_without_its_authors_language_is_refused_with_the_field(hub_dir: Path) -> None:
    with pytest.raises(SchemaError, match=r"^\(body\): 'language' is a required property"):
        validate({"text": "Which one is a banana?"}, "Text")
    with pytest.raises(SchemaError, match=r"^language: 'zh_TW' does not match"):
        validate(text("zh_TW", "香蕉"), "Text")
    quiz = {**LESSONS[0]["quiz"], "questions": [{"id": "q1", "kind": "text", "text": {"text": "Spell it."}}]}
    with closing(Store(hub_dir)) as store:
        before = store.catalog()
        with pytest.raises(SchemaError) as refused:
            store.add_lesson({**LESSONS[0], "quiz": quiz, "position": 0}, store.videos_dir / "english-fruit.mp4", 60)
        assert str(refused.value) == "lesson 'english-fruit': quiz/questions/0/text: 'language' is a required property"
        assert store.catalog() == before


async def test_a_catalog_with_such_a_text_is_said_to_be_the_hubs_and_the_lessons_stay(
    hub: RunningHub, db: sqlite_utils.Database
) -> None:
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    client = HubClient(hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    catalog = CatalogService(db, client)
    try:
        await catalog.refresh()
        assert len(catalog.lessons) == 4
        with hub.store.db.transaction():  # a row broken behind the store's back, but in the catalog's changes
            hub.store.db.execute("update lessons set title = ? where id = 'math-fractions'", ['{"text": "分數"}'])
            mark_changed(hub.store.db, "math-fractions")
        await catalog.refresh()
        assert catalog.state is HubState.OFFLINE
        assert catalog.message == (  # the refresh brings only the changed lesson: lessons/0 of the hub's answer
            f"The hub at {hub.url} lists a lesson this app cannot read (lessons/0/title: 'language' is a required"
            " property). The lessons this PC already has stay; tell the hub's administrator."
        )
        assert len(catalog.lessons) == 4
    finally:
        await client.close()


def make_old(hub_dir: Path) -> None:
    """Turn a demo hub's hub.db into one from before texts said their author's language."""
    with closing(Store(hub_dir)) as store:
        fruit = {**LESSONS[0], "title": legacy("English: Fruit at the Market", "英語：市場裡的水果")}
        store.add_lesson({**fruit, "quiz": OLD_FRUIT_QUIZ, "position": 0}, store.videos_dir / "english-fruit.mp4", 60)
    with closing(sqlite3.connect(hub_dir / "hub.db")) as db, db:
        db.execute(
            "create table old (id text primary key, position bigint, subject text, title_en text, title_zh_tw text,"
            " video_id text, quiz text)"
        )
        for row in db.execute("select id, position, subject, title, video_id, quiz from lessons").fetchall():
            title = json.loads(row[3])
            en, zh = (title["en"], title["zh_TW"]) if "en" in title else (title["text"], title["text"])
            db.execute("insert into old values (?, ?, ?, ?, ?, ?, ?)", [*row[:3], en, zh, *row[4:]])
        db.execute("drop table lessons")
        db.execute("alter table old rename to lessons")


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_a_hub_from_before_still_serves_its_lessons_and_shows_both_texts(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, language: str
) -> None:
    make_old(hub_dir)

    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        window, services = await open_window(tmp_path, hub.url, hub.store.issue_token("classroom", "x"), language)
        try:
            validate(hub.store.catalog().to_json(), "Catalog")
            classroom = window.classroom
            assert isinstance(classroom, ClassroomScreen)
            model = classroom.lessons.table.model()
            assert model.index(0, 0).data() == "English: Fruit at the Market（英語：市場裡的水果）"
            classroom.lessons.table.selectRow(0)
            classroom.lessons.take_quiz.click()
            await until(lambda: classroom.currentWidget() is classroom.quiz)
            classroom.quiz.picker.picked.emit("林志明")
            view = classroom.quiz.question
            assert view.text.text() == "Which one is a banana?（哪一個是香蕉？）"
            assert choices(view) == ["A. apple（蘋果）", "B. banana（香蕉）"]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_demo_folder_from_before_gets_the_lessons_as_their_authors_write_them_now(hub_dir: Path) -> None:
    make_old(hub_dir)
    with closing(Store(hub_dir)) as store:
        assert register_demo(store) == 0  # nothing added
        [fruit, *_] = store.catalog().lessons
        assert fruit["title"] == {
            "language": "en",
            "text": "Fruit at the Market",
            "translation": {"language": "zh-TW", "text": "市場裡的水果"},
        }
        assert fruit["quiz"]["questions"][0]["options"][1]["text"] == {"language": "en", "text": "banana"}
        assert store.roster("Demo classroom")  # the demo's pupils as they were
