"""The quiz editor as a teacher uses it: every kind built through its screen, reordered, missing parts named,
a picture, both languages, previewed in the pupils' own screens, saved and opened again."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
import qasync
from PIL import Image
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from hub.demo import LESSONS, _with_pictures
from hub.server import start_hub
from protocol.schema import validate
from tests.gui import close_window, open_window, run
from widgets.student.choice_inputs import ChoiceInputs
from widgets.student.question_view import QuestionView
from widgets.student.quiz_summary import QuizSummary
from widgets.teacher.quiz_editor import QuizEditor
from widgets.teacher.quiz_file_window import QuizFileWindow
from widgets.teacher.teacher_page import TeacherPage


@pytest.fixture
def english() -> None:
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]


def shown(qtbot: QtBot, window: QWidget) -> None:
    """Show a window and make it the active one: keyboard shortcuts go to the active window only."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def editor(qtbot: QtBot, english: None) -> QuizEditor:
    editor = QuizEditor()
    editor.resize(1000, 700)
    shown(qtbot, editor)
    return editor


def picture_file(tmp_path: Path) -> Path:
    path = tmp_path / "pizza.png"
    out = io.BytesIO()
    Image.new("RGB", (16, 8), "orange").save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


def type_text(field: QWidget, text: str) -> None:
    """Type text into field key by key, as a keyboard (or an input method, for Chinese) does."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def choose_kind(editor: QuizEditor, kind: str) -> None:
    """Pick a kind in the question's Kind list as the teacher does (activated is the user's pick)."""
    index = editor.form.kind.findData(kind)
    editor.form.kind.setCurrentIndex(index)
    editor.form.kind.activated.emit(index)


def add_question(qtbot: QtBot, editor: QuizEditor, kind: str, text: str) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    choose_kind(editor, kind)
    type_text(editor.form.text.author, text)


def fill_choices(qtbot: QtBot, editor: QuizEditor, texts: list[str], right: list[int]) -> None:
    choices = editor.form.choices
    while len(choices.rows) < len(texts):
        qtbot.mouseClick(choices.add_button, Qt.MouseButton.LeftButton)
    for (_, field), text in zip(choices.rows, texts, strict=True):
        type_text(field.author, text)
    for index in right:
        choices.rows[index][0].click()


def build_every_kind(qtbot: QtBot, editor: QuizEditor, tmp_path: Path) -> None:
    type_text(editor.title.author, "Fruit")
    add_question(qtbot, editor, "single", "Which one is a banana?")
    fill_choices(qtbot, editor, ["an apple", "a banana", "a pear"], [1])
    editor.form.picture.set_file(picture_file(tmp_path))
    add_question(qtbot, editor, "multiple", "Which are fruit?")
    fill_choices(qtbot, editor, ["an apple", "a chair", "an orange"], [0, 2])
    add_question(qtbot, editor, "true_false", "A tomato is a fruit.")
    editor.form.answer.true.click()
    add_question(qtbot, editor, "text", "Write “apple” in French.")
    type_text(editor.form.answer.answer, "pomme")
    type_text(editor.form.answer.accepted, "une pomme\nla pomme")
    add_question(qtbot, editor, "number", "What is pi to two places?")
    type_text(editor.form.answer.answer, "3,14")
    type_text(editor.form.answer.tolerance, "0.005")


def test_a_quiz_of_every_kind_is_built_reordered_and_kept_whole(
    qtbot: QtBot, editor: QuizEditor, tmp_path: Path
) -> None:
    changes: list[None] = []
    editor.changed.connect(lambda: changes.append(None))
    build_every_kind(qtbot, editor, tmp_path)
    assert changes and editor.problems() == []
    # the number question to the top by keyboard, then the true/false one down below the short answer
    editor.questions.setFocus()
    for _ in range(4):
        qtbot.keyClick(editor.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    editor.questions.setCurrentRow(3)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    # a drag in the list moves the short answer below the true/false one and back, as a drop does
    editor.questions.model().moveRow(QModelIndex(), 3, QModelIndex(), 5)
    qtbot.waitUntil(lambda: editor.quiz()["questions"][4]["kind"] == "text")
    qtbot.waitUntil(lambda: editor.questions.item(4).text().startswith("5. Write"))
    editor.questions.model().moveRow(QModelIndex(), 4, QModelIndex(), 3)
    qtbot.waitUntil(lambda: editor.questions.item(3).text().startswith("4. Write"))
    quiz = editor.quiz()
    validate(quiz, "Quiz")
    assert [editor.questions.item(i).text().split(" · ")[0] for i in range(5)] == [
        "1. What is pi to two places?",
        "2. Which one is a banana?",
        "3. Which are fruit?",
        "4. Write “apple” in French.",
        "5. A tomato is a fruit.",
    ]
    assert quiz["title"] == {"language": "en", "text": "Fruit"}
    number, single, multiple, text, truth = quiz["questions"]
    assert (number["kind"], number["answer"], number["tolerance"]) == ("number", 3.14, 0.005)
    assert single["answer"] == single["options"][1]["id"]
    assert single["options"][1]["text"] == {"language": "en", "text": "a banana"}
    assert single["picture"]["mime"] == "image/png" and single["picture"]["data"].startswith("iVBOR")
    assert multiple["answer"] == [multiple["options"][0]["id"], multiple["options"][2]["id"]]
    assert (text["answer"], text["accepted"]) == ("pomme", ["une pomme", "la pomme"])
    assert (truth["kind"], truth["answer"]) == ("true_false", True)
    assert len({q["id"] for q in quiz["questions"]}) == 5
    again = QuizEditor()
    qtbot.addWidget(again)
    again.set_quiz(quiz)
    assert again.quiz() == quiz
    again.questions.setCurrentRow(1)  # the form shows what was written
    assert again.form.text.author.text() == "Which one is a banana?"
    assert [mark.isChecked() for mark, _ in again.form.choices.rows] == [False, True, False]
    assert not again.form.picture.thumbnail.pixmap().isNull()


def test_a_quiz_opened_and_taken_back_unchanged_loses_nothing(qtbot: QtBot, editor: QuizEditor) -> None:
    for lesson in LESSONS:  # translations, a picture, a time limit, the older text shape
        quiz = _with_pictures(lesson["quiz"])
        quiz = {**quiz, "time_limit": 120, "title": {"en": "Old shape", "zh_TW": "舊的樣子"}}
        validate(quiz, "Quiz")
        editor.set_quiz(copy.deepcopy(quiz))
        for row in range(len(quiz["questions"])):
            editor.questions.setCurrentRow(row)
        assert editor.quiz() == quiz


def test_the_second_language_is_written_beside_the_first(qtbot: QtBot, editor: QuizEditor) -> None:
    second = editor.languages.second
    second.setCurrentIndex(second.findData("zh-TW"))
    second.activated.emit(second.currentIndex())
    assert editor.title.second.isVisible()
    type_text(editor.title.author, "Fruit")
    type_text(editor.title.second, "水果")
    add_question(qtbot, editor, "true_false", "A tomato is a fruit.")
    type_text(editor.form.text.second, "番茄是水果。")
    assert editor.quiz()["title"] == {
        "language": "en",
        "text": "Fruit",
        "translation": {"language": "zh-TW", "text": "水果"},
    }
    assert editor.quiz()["questions"][0]["text"]["translation"] == {"language": "zh-TW", "text": "番茄是水果。"}
    assert editor.questions.item(0).text() == "⚠ 1. A tomato is a fruit.（番茄是水果。） · True or false · needs work"


def test_what_a_question_lacks_is_said_beside_it_and_stops_the_preview(qtbot: QtBot, editor: QuizEditor) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.form.problems.isVisible()
    assert editor.form.problems.text() == "The question has no text. A choice has no text. Mark the right answer."
    assert "needs work" in editor.questions.item(0).text()
    type_text(editor.form.text.author, "Which one is a fruit?")
    fill_choices(qtbot, editor, ["a chair", "an apple"], [])
    assert editor.form.problems.text() == "Mark the right answer."
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.preview is None
    assert editor.status.text() == (
        "The quiz cannot be previewed yet:\nThe quiz has no title.\nQuestion 1: Mark the right answer."
    )
    assert editor.quiz()["questions"][0]["options"][1]["text"]["text"] == "an apple"  # kept all the same
    validate(editor.quiz(), "Quiz")
    editor.form.choices.rows[1][0].click()
    type_text(editor.title.author, "Fruit")
    assert editor.problems() == [] and editor.status.text() == ""
    assert "needs work" not in editor.questions.item(0).text()


def test_a_picture_that_is_not_one_is_refused_with_a_sentence(qtbot: QtBot, editor: QuizEditor, tmp_path: Path) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    (tmp_path / "notes.png").write_text("not a picture")
    editor.form.picture.set_file(tmp_path / "notes.png")
    assert editor.status.text() == "notes.png is not a PNG or JPEG picture; save it as one of those."
    assert "picture" not in editor.quiz()["questions"][0]
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(600_000))  # a phone photo, as PNG
    editor.form.picture.set_file(tmp_path / "photo.png")
    assert editor.status.text() == "photo.png is too large (600 kB); the most is 500 kB."
    assert "picture" not in editor.quiz()["questions"][0]


def test_the_preview_shows_the_pupils_screens_and_keeps_nothing(
    qtbot: QtBot, editor: QuizEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    build_every_kind(qtbot, editor, tmp_path)
    before = sorted(tmp_path.rglob("*"))
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    preview = editor.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(preview.windowHandle().isExposed)
    preview.activateWindow()  # as a desktop activates a dialog that opens; the pupils' keys go to it
    qtbot.waitUntil(preview.isActiveWindow)
    view = preview.question
    assert isinstance(view, QuestionView) and isinstance(view.choices, ChoiceInputs)
    assert view.text.text() == "Which one is a banana?" and view.picture.isVisible()
    assert view.progress.text() == "Question 1 of 5"
    qtbot.keyClick(view, Qt.Key.Key_B)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.progress.text() == "Question 2 of 5"
    for key in (Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_Return, Qt.Key.Key_A, Qt.Key.Key_Return):
        qtbot.keyClick(view, key)  # apple and orange; true
    assert view.choices is None  # a typed answer now
    for typed in ("Une Pomme", "3.142"):
        field = view.findChild(QLineEdit, "answerField")
        type_text(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert isinstance(preview.summary, QuizSummary) and preview.pages.currentWidget() is preview.summary
    assert preview.summary.heading.text() == "Well done, Pupil! You got all 5 questions right."
    qtbot.mouseClick(preview.summary.close_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert sorted(tmp_path.rglob("*")) == before  # no database, no answer file anywhere


def test_the_quiz_window_saves_and_opens_a_quiz_file(qtbot: QtBot, english: None, tmp_path: Path) -> None:
    window = QuizFileWindow()
    shown(qtbot, window)
    editor = window.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    window.save_file(tmp_path / "fruit.json")
    assert not (tmp_path / "fruit.json").exists()
    assert editor.status.text().startswith("The quiz cannot be saved yet:\nThe quiz has no title.\n")
    build_every_kind(qtbot, editor, tmp_path)
    editor.questions.setCurrentRow(0)
    editor.questions.setFocus()
    qtbot.keyClick(editor.questions, Qt.Key.Key_Delete)  # the empty one first made
    window.save_file(tmp_path / "fruit.json")
    assert editor.status.text() == ""
    assert window.saved.text() == f"Saved {tmp_path / 'fruit.json'}"
    saved: dict[str, Any] = json.loads((tmp_path / "fruit.json").read_text(encoding="utf-8"))
    validate(saved, "Quiz")
    assert saved == editor.quiz() and len(saved["questions"]) == 5
    window.edit(None)
    assert editor.quiz()["questions"] == []
    window.open_file(tmp_path / "fruit.json")
    assert editor.quiz() == saved
    (tmp_path / "broken.json").write_text('{"id": "x"}')
    window.open_file(tmp_path / "broken.json")
    assert window.saved.text().startswith("broken.json is not a quiz saved by O&O Classroom")
    assert editor.quiz() == saved


def test_changing_kind_keeps_the_text_and_the_choices(qtbot: QtBot, editor: QuizEditor) -> None:
    add_question(qtbot, editor, "single", "Which is a fruit?")
    fill_choices(qtbot, editor, ["a chair", "an apple"], [1])
    choose_kind(editor, "multiple")
    assert [isinstance(mark, QCheckBox) and mark.isChecked() for mark, _ in editor.form.choices.rows] == [False, True]
    choose_kind(editor, "text")
    question = editor.quiz()["questions"][0]
    assert question == {"id": "q1", "kind": "text", "text": {"language": "en", "text": "Which is a fruit?"}}


def test_the_teacher_screen_opens_a_lessons_quiz_and_a_new_one_in_the_editor(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, "en", hub.store.issue_token("teacher", "Lin"))
        try:
            window.show_teacher()
            teacher = window.teacher
            assert isinstance(teacher, TeacherPage)
            teacher.table.selectRow(1)
            lesson = services.catalog.lessons[1]
            qtbot.mouseClick(teacher.edit_quiz_button, Qt.MouseButton.LeftButton)
            editing = teacher.quiz_window
            assert editing is not None and editing.isVisible()
            assert editing.editor.quiz() == lesson.quiz
            assert editing.editor.questions.count() == len(lesson.quiz["questions"])
            qtbot.mouseClick(teacher.new_quiz_button, Qt.MouseButton.LeftButton)
            assert editing.editor.quiz()["questions"] == [] and editing.editor.title.author.text() == ""
            editing.close()
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_changes_not_saved_are_dropped_only_when_the_teacher_says_so(
    qtbot: QtBot, english: None, tmp_path: Path
) -> None:
    window = QuizFileWindow()
    shown(qtbot, window)
    editor = window.editor
    type_text(editor.title.author, "Fruit")
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    question = window.discard_question
    assert question is not None and question.text() == "Drop the changes to this quiz?"
    question.button(QMessageBox.StandardButton.No).click()  # Keep editing
    assert editor.title.author.text() == "Fruit" and window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    question = window.discard_question
    assert question is not None
    question.button(QMessageBox.StandardButton.No).click()
    assert window.isVisible() and editor.quiz()["title"]["text"] == "Fruit"
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    question = window.discard_question
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()  # Drop the changes
    assert editor.quiz()["title"]["text"] == "" and not window.unsaved
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)  # nothing to drop: no question
    assert window.discard_question is None
