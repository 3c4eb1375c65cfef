"""Import… in the quiz editor: the questions of a GIFT, Aiken or Moodle XML file join the quiz, and a report says
how many came in and names each question left out with why; a broken file gets a sentence and adds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from protocol.schema import validate
from tests.test_quiz_editor import shown
from tests.test_quiz_import import AIKEN, GIFT, MOODLE
from widgets.teacher.quiz_editor import QuizEditor


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[QuizEditor]:
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    editor = QuizEditor()
    shown(qtbot, editor)
    yield editor
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]


def report_lines(editor: QuizEditor) -> list[str]:
    assert editor.report is not None and editor.report.isVisible()
    return [editor.report.left_out.item(i).text() for i in range(editor.report.left_out.count())]


def test_a_gift_file_joins_the_quiz_and_its_essay_and_matching_are_named(
    qtbot: QtBot, editor: QuizEditor, tmp_path: Path
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # q1 is the teacher's own
    (tmp_path / "fruit.gift").write_text(GIFT, encoding="utf-8")
    editor.import_file(tmp_path / "fruit.gift")
    assert editor.report is not None
    assert editor.report.heading.text() == (
        "8 questions of fruit.gift added to the quiz.\n2 questions could not be imported:"
    )
    assert report_lines(editor) == [
        "Question 9 (Essay), essay: an answer in the pupil's own words cannot be marked; the project has no kind"
        " for it.",
        "Question 10 (Match them.), matching: pairs to match; the project has no kind for them.",
    ]
    quiz = editor.quiz()
    validate(quiz, "Quiz")
    assert len(quiz["questions"]) == 9 and len({q["id"] for q in quiz["questions"]}) == 9
    assert quiz["questions"][1]["text"] == {"language": "en", "text": "Which one is a fruit?"}
    assert editor.questions.currentRow() == 1  # the first imported question is shown
    assert editor.form.text.author.text() == "Which one is a fruit?"


def test_a_moodle_file_names_each_question_left_out(qtbot: QtBot, editor: QuizEditor, tmp_path: Path) -> None:
    (tmp_path / "fruit.xml").write_bytes(MOODLE)
    editor.import_file(tmp_path / "fruit.xml")
    assert editor.report is not None
    assert editor.report.heading.text().startswith("5 questions of fruit.xml added to the quiz.")
    lines = report_lines(editor)
    assert [line.split(":")[0] for line in lines[:4]] == [
        "Question 6 (Essay), essay",
        "Question 7 (No key), multichoice",
        "Question 8 (Match the fruit.), matching",
        "Question 9 (Cloze), multianswer",
    ]
    assert lines[0].endswith("the project has no kind for this type of question.")
    assert "picture" in editor.quiz()["questions"][0]


def test_an_aiken_file_in_chinese_is_reported_in_chinese(qtbot: QtBot, editor: QuizEditor, tmp_path: Path) -> None:
    i18n.install(QApplication.instance(), "zh_TW")  # type: ignore[arg-type]
    (tmp_path / "水果.txt").write_text(AIKEN, encoding="utf-8")
    language = editor.languages.language
    language.setCurrentIndex(language.findData("zh-TW"))
    language.activated.emit(language.currentIndex())
    editor.import_file(tmp_path / "水果.txt")
    assert editor.report is not None
    assert editor.report.heading.text() == "已從「水果.txt」加入 2 題到測驗。"
    assert not editor.report.left_out.isVisible()
    assert editor.quiz()["questions"][0]["text"] == {"language": "zh-TW", "text": "水果是哪一個？"}


def test_an_unsupported_question_is_named_in_chinese_too(qtbot: QtBot, editor: QuizEditor, tmp_path: Path) -> None:
    i18n.install(QApplication.instance(), "zh_TW")  # type: ignore[arg-type]
    (tmp_path / "fruit.gift").write_text(GIFT, encoding="utf-8")
    editor.import_file(tmp_path / "fruit.gift")
    assert report_lines(editor)[1] == "第 10 題（Match them.），matching：要配對的題目，本程式沒有這種題型。"


@pytest.mark.parametrize(
    ("name", "data", "sentence"),
    [
        (
            "broken.gift",
            b"Which?\n{=a ~b\n\nNext {T}",
            "broken.gift could not be imported: it is not a GIFT, Aiken or Moodle XML quiz the editor can read"
            " (Line 2: this '{' is never closed by a '}'.). Nothing was added.",
        ),
        (
            "page.xml",
            b"<html><body/></html>",
            "page.xml could not be imported: it is not a GIFT, Aiken or Moodle XML quiz the editor can read"
            " (the file is XML but not a Moodle quiz: its root is <html>, not <quiz>.). Nothing was added.",
        ),
    ],
)
def test_a_broken_file_gets_a_sentence_and_adds_nothing(
    qtbot: QtBot, editor: QuizEditor, tmp_path: Path, name: str, data: bytes, sentence: str
) -> None:
    (tmp_path / name).write_bytes(data)
    editor.import_file(tmp_path / name)
    assert editor.report is not None and editor.report.isVisible()
    assert editor.report.heading.text() == sentence
    assert not editor.report.left_out.isVisible()
    assert editor.quiz()["questions"] == []
