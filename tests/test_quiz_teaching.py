"""A quiz that teaches: choices are confirmed before they count, the pupil can leave and come back, and
the summary shows each question with the pupil's answer and the right one, in words that fit the score."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import Services
from hub.server import RunningHub, start_hub
from tests.gui import close_window, open_window, run
from widgets.student.classroom_screen import ClassroomScreen
from widgets.student.quiz_page import QuizPage

PUPIL = "林志明"


def button(widget: QWidget, text: str) -> QPushButton:
    """The one visible button on widget whose text has text in it."""
    found = [b for b in widget.findChildren(QPushButton) if text in b.text() and b.isVisible()]
    assert len(found) == 1, [b.text() for b in widget.findChildren(QPushButton) if b.isVisible()]
    return found[0]


def seen(widget: QWidget) -> list[str]:
    """The texts of widget's visible labels, top to bottom."""
    labels = [label for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]
    return [label.text() for label in sorted(labels, key=lambda label: label.mapTo(widget, label.rect().topLeft()).y())]


def tap(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.mouseClick(button(widget, text), Qt.MouseButton.LeftButton)


Scenario = Callable[[ClassroomScreen, Services, RunningHub], Awaitable[None]]


def in_the_fruit_quiz(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, language: str, scenario: Scenario
) -> None:
    """Open the English fruit lesson's quiz as PUPIL on a classroom PC and run scenario there."""

    async def steps() -> None:
        hub = await start_hub(hub_dir)
        hub.store.set_roster("Lanyu 3", ["陳怡君", PUPIL])
        window, services = await open_window(tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"), language)
        try:
            classroom = window.classroom
            assert isinstance(classroom, ClassroomScreen)
            classroom.lessons.table.selectRow(0)  # English: fruit
            classroom.lessons.take_quiz.click()
            classroom.quiz.picker.picked.emit(PUPIL)
            await scenario(classroom, services, hub)
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, steps())


def answered(services: Services) -> list[tuple[str, str]]:
    """(question, answer) as kept on this PC."""
    return [(r[0], r[1]) for r in services.db.execute("select question_id, answer from answers order by rowid")]


def test_a_tapped_choice_can_be_changed_until_it_is_confirmed(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario(classroom: ClassroomScreen, services: Services, hub: RunningHub) -> None:
        view = classroom.quiz.question
        assert view.progress.text() == "Question 1 of 3"
        tap(qtbot, view, "apple")
        assert view.progress.text() == "Question 1 of 3" and answered(services) == []
        assert "You chose: A. apple" in seen(view)
        tap(qtbot, view, "banana")  # a change of mind
        assert "You chose: B. banana" in seen(view)
        assert [b.isChecked() for b in (button(view, "apple"), button(view, "banana"))] == [False, True]
        assert view.progress.text() == "Question 1 of 3" and answered(services) == []
        tap(qtbot, view, "Confirm")
        assert view.progress.text() == "Question 2 of 3"
        assert answered(services) == [("q1", '"b"')] and services.sync.waiting == 1

    in_the_fruit_quiz(qloop, hub_dir, tmp_path, "en", scenario)


def test_a_multiple_answer_question_says_so_and_takes_two_picks_at_confirm(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario(classroom: ClassroomScreen, services: Services, hub: RunningHub) -> None:
        view = classroom.quiz.question
        qtbot.keyClick(view, Qt.Key.Key_B)  # by keyboard: choose banana ...
        qtbot.keyClick(view, Qt.Key.Key_Return)  # ... and confirm
        assert view.progress.text() == "Question 2 of 3" and view.text.text() == "Which are fruit?（哪些是水果？）"
        assert "Pick all that apply, then press Confirm." in seen(view)
        tap(qtbot, view, "apple")
        tap(qtbot, view, "orange")
        assert "You chose: A. apple, C. orange" in seen(view)
        assert view.progress.text() == "Question 2 of 3" and answered(services) == [("q1", '"b"')]
        tap(qtbot, view, "Confirm")
        assert view.progress.text() == "Question 3 of 3"
        assert answered(services) == [("q1", '"b"'), ("q2", '["a", "c"]')] and services.sync.waiting == 2

    in_the_fruit_quiz(qloop, hub_dir, tmp_path, "en", scenario)


def test_the_summary_shows_the_right_answers_and_does_not_praise_a_score_of_none(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario(classroom: ClassroomScreen, services: Services, hub: RunningHub) -> None:
        view = classroom.quiz.question
        tap(qtbot, view, "orange")
        tap(qtbot, view, "Confirm")
        tap(qtbot, view, "chair")
        tap(qtbot, view, "Confirm")
        field = view.findChildren(QLineEdit)[0]
        assert view.window().focusWidget() is field  # the typed answer's box takes the keys as it appears
        qtbot.keyClicks(field, "Aple")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        summary = classroom.quiz.summary
        assert classroom.quiz.currentWidget() is summary
        shown = seen(summary)
        assert not shown[0].startswith("Well done")
        assert shown[:2] == [
            f"{PUPIL}, you got none of the 3 questions right this time.",
            "The right answers are below: look at them again.",
        ]
        assert shown[2:11] == [
            "1. Which one is a banana?（哪一個是香蕉？）",
            "✘ Not right. Your answer: orange",
            "Right answer: banana",
            "2. Which are fruit?（哪些是水果？）",
            "✘ Not right. Your answer: chair",
            "Right answers: apple, orange",
            "3. Write 蘋果 in English.（請用英文寫出「蘋果」。）",
            "✘ Not right. Your answer: “Aple”",
            "Right answer: “apple”",
        ]

    in_the_fruit_quiz(qloop, hub_dir, tmp_path, "en", scenario)


def test_the_summary_fits_the_score_in_chinese(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario(classroom: ClassroomScreen, services: Services, hub: RunningHub) -> None:
        view = classroom.quiz.question  # choices by their letters: the lesson's words are its author's
        tap(qtbot, view, "B.")  # banana
        tap(qtbot, view, "確定")
        tap(qtbot, view, "A.")  # apple, and orange forgotten
        tap(qtbot, view, "確定")
        field = view.findChildren(QLineEdit)[0]
        qtbot.keyClicks(field, "apple")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        shown = seen(classroom.quiz.summary)
        assert shown[:2] == [f"很不錯，{PUPIL}！3 題中答對 2 題。", "下面有正確答案，再看一次吧。"]
        assert shown[3].startswith("✔ 答對了。你的答案：") and shown[5].startswith("✘ 還不對。你的答案：")
        assert shown[6].startswith("正確答案：") and "、" in shown[6]
        assert shown[8:] == ["✔ 答對了。你的答案：「apple」"]

    in_the_fruit_quiz(qloop, hub_dir, tmp_path, "zh_TW", scenario)


def test_a_pupil_leaves_mid_quiz_and_comes_back_to_the_next_question(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario(classroom: ClassroomScreen, services: Services, hub: RunningHub) -> None:
        quiz: QuizPage = classroom.quiz
        view = quiz.question
        tap(qtbot, view, "banana")
        tap(qtbot, view, "Confirm")
        tap(qtbot, view, "Leave the quiz")
        question = quiz.leave_question
        assert question is not None and "Your answers so far are kept" in question.informativeText()
        tap(qtbot, view, "Leave the quiz")  # asked already: no second question
        assert quiz.leave_question is question
        question.button(QMessageBox.StandardButton.Yes).click()
        assert classroom.currentWidget() is classroom.lessons
        assert await services.sync.send_all() and services.sync.waiting == 0

        classroom.lessons.take_quiz.click()
        quiz.picker.picked.emit(PUPIL)
        assert quiz.currentWidget() is quiz.resume
        assert "answered 1 of 3 questions" in quiz.resume_text.text()
        quiz.continue_button.click()
        assert quiz.currentWidget() is view and view.progress.text() == "Question 2 of 3"
        tap(qtbot, view, "apple")
        tap(qtbot, view, "orange")
        tap(qtbot, view, "Confirm")
        field = view.findChildren(QLineEdit)[0]
        qtbot.keyClicks(field, "apple")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert quiz.currentWidget() is quiz.summary
        assert seen(quiz.summary)[0] == f"Well done, {PUPIL}! You got all 3 questions right."
        assert await services.sync.send_all() and services.sync.waiting == 0
        assert answered(services) == [("q1", '"b"'), ("q2", '["a", "c"]'), ("q3", '"apple"')]
        attempts = services.db.execute("select count(*), count(finished_at) from attempts").fetchone()
        assert attempts == (1, 1)  # the same attempt, continued
        rows = hub.store.db.query(
            "select question_id, answer from results where pupil = ? order by question_id", [PUPIL]
        )
        assert [(r["question_id"], r["answer"]) for r in rows] == answered(services)  # each answer reached the hub once

    in_the_fruit_quiz(qloop, hub_dir, tmp_path, "en", scenario)
