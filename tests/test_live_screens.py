"""The live lesson screens on a real hub (127.0.0.1): a teacher's window and a classroom's window in one
process, each over its own real services, LiveLesson and aiortc peers; cameras are numbered video files.
"""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from app.config import Config
from app.live.lesson import LessonState
from app.services import Services
from hub.server import RunningHub, start_hub
from tests.gui import close_window, open_window, run
from tests.null_sink import NullSink
from tests.test_accessibility import controls_shown, spoken_name, tab_chain
from tests.test_main_window import colours
from tests.waiting import until
from widgets.main_window import MainWindow

TEACHER, CLASSROOM = "Ms. Lin 林老師", "Lanyu 3"

pytestmark = pytest.mark.usefixtures("loopback_ice")


@pytest.fixture(autouse=True)
def quiet(null_sink: NullSink, monkeypatch: pytest.MonkeyPatch) -> None:
    """Speakers play into this run's null sink; microphones record its monitor."""
    monkeypatch.setenv("PULSE_SOURCE", f"{null_sink.name}.monitor")


class Pc:
    """One PC's window, services and live page."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        self.window, self.services = window, services
        self.page = window.live
        window.show_live()


async def open_pc(tmp_path: Path, hub: RunningHub, role: str, name: str, camera: Path, language: str = "en") -> Pc:
    config = Config()
    config = replace(config, ui=replace(config.ui, role=role), devices=replace(config.devices, camera=str(camera)))
    token = hub.store.issue_token(role, name)
    return Pc(*await open_window(tmp_path / name, hub.url, token, language, config=config))


async def lesson(tmp_path: Path, hub: RunningHub, camera: Path, language: str = "en") -> tuple[Pc, Pc]:
    """The teacher starts LAN3YU from the start view; the classroom types it ("lan-3yu ") and presses Enter."""
    teacher = await open_pc(tmp_path, hub, "teacher", TEACHER, camera, language)
    classroom = await open_pc(tmp_path, hub, "classroom", CLASSROOM, camera, language)
    assert teacher.page.currentWidget() is teacher.page.start_view
    assert classroom.page.currentWidget() is classroom.page.join_view
    teacher.page.start_view.code.setText("lan3yu")
    teacher.page.start_view.start_button.click()
    await until(lambda: teacher.services.live.state is LessonState.LIVE, 20)
    assert teacher.page.currentWidget() is teacher.page.teacher_view
    assert teacher.page.teacher_view.code.text() == {"en": "Code: LAN3YU", "zh_TW": "課程代碼：LAN3YU"}[language]
    QTest.keyClicks(classroom.page.join_view.code, "lan-3yu ")  # as the teacher may write it on the board
    QTest.keyClick(classroom.page.join_view.code, Qt.Key.Key_Return)
    await until(lambda: classroom.services.live.state is LessonState.LIVE, 20)
    assert classroom.page.currentWidget() is classroom.page.classroom_view
    return teacher, classroom


async def accessible_and_fits(window: MainWindow) -> None:
    """The accessibility tests' rules, on a live view: names, Tab, and 1366x768."""
    await asyncio.sleep(0.1)  # layouts settle (processEvents here would run the loop's tasks inside a task)
    shown = controls_shown(window)
    assert shown
    assert [type(w).__name__ for w in shown if not spoken_name(w).strip()] == []
    assert [spoken_name(w) for w in shown if w not in tab_chain(window)] == []
    needed = window.minimumSizeHint()
    assert needed.width() <= 1366 and needed.height() <= 768 - 40, needed


def test_a_teacher_and_a_classroom_run_a_lesson_on_their_screens(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, camera_file: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        pcs: list[Pc] = []
        try:
            teacher, classroom = await lesson(tmp_path, hub, camera_file)
            pcs += [teacher, classroom]
            live, room = teacher.page.teacher_view, classroom.page.classroom_view

            # the classroom's tile: its name and its picture; the teacher's picture big, this room's small
            await until(lambda: len(live.grid.tiles) == 1, 10)
            [tile] = live.grid.tiles.values()
            assert tile.name.text() == CLASSROOM
            await until(lambda: not tile.video.image().isNull(), 30)
            assert tile.state.text().startswith("Online · ")
            assert colours(tile.video.grab().toImage()) > 20, "the tile's picture looks blank"
            await until(lambda: not room.teacher.image().isNull() and not room.own.image().isNull(), 30)
            assert colours(room.teacher.grab().toImage()) > 20 and room.teacher.message() == ""
            assert room.teacher_name.text() == f"Teacher: {TEACHER}"
            await accessible_and_fits(teacher.window)
            await accessible_and_fits(classroom.window)

            # the teacher sends this classroom sound only, by hand: its picture of the teacher stops; automatic again
            sound_only = tile.quality.findText("Sound only")
            tile.quality.setCurrentIndex(sound_only)
            tile.quality.activated.emit(sound_only)
            await until(lambda: tile.state.text() == "Online · sound only", 10)
            teacher_peer = teacher.services.live.peer_id or ""

            def received() -> int:
                picture = classroom.services.live.picture(teacher_peer)
                return picture.number if picture is not None else 0

            await asyncio.sleep(0.5)  # pictures already on the way
            shown = received()
            await asyncio.sleep(1.5)
            assert received() == shown, "pictures came while the teacher sent sound only"
            tile.quality.setCurrentIndex(0)
            tile.quality.activated.emit(0)
            await until(lambda: tile.state.text() != "Online · sound only", 10)
            await until(lambda: received() > shown, 10)

            # a hand: on the tile with its place and in the queue; Lower takes it down on both sides
            room.hand_button.click()
            await until(lambda: not tile.hand.isHidden() and live.hands.queue.item(0).text() == f"1. {CLASSROOM}", 5)
            assert tile.hand.text() == "Hand up, no. 1"
            assert room.hand_button.text() == "Lower hand" and room.hand_button.isChecked()
            live.hands.lower_button.click()
            await until(lambda: tile.hand.isHidden() and not room.hand_button.isChecked(), 5)
            assert room.hand_button.text() == "Raise hand" and live.hands.queue.item(0).text() == "No hands up"

            # chat both ways, in both lists
            room.chat.line.setText("老師好！")  # QTest types ASCII only
            QTest.keyClick(room.chat.line, Qt.Key.Key_Return)
            live.chat.line.setText("Good morning, Lanyu")
            live.chat.send_button.click()
            for chat in (room.chat, live.chat):
                await until(lambda chat=chat: len(chat.lines.toPlainText().splitlines()) == 2, 5)
                lines = {line.split(" ", 1)[1] for line in chat.lines.toPlainText().splitlines()}
                assert lines == {f"{CLASSROOM}: 老師好！", f"{TEACHER}: Good morning, Lanyu"}
                assert chat.line.text() == ""

            # the teacher mutes the classroom and puts it on stage
            tile.mute_button.click()
            await until(lambda: room.muted.text().startswith("Muted by the teacher"), 5)
            await until(lambda: not tile.muted.isHidden() and tile.mute_button.text() == "Unmute", 5)
            assert room.mute_button.text() == "Unmute me"
            tile.stage_button.click()
            await until(lambda: room.stage.text().startswith("This room is on stage"), 5)
            await until(lambda: tile.name.text() == f"{CLASSROOM} (on stage)", 5)
            assert tile.stage_button.text() == "Off stage"

            # a pop-up quiz opens the quiz flow on the classroom; the answers are counted at the teacher
            live.quiz.quizzes.setCurrentIndex(live.quiz.quizzes.findData("quiz-math-fractions"))
            live.quiz.push_button.click()
            quiz = classroom.page.quiz
            await until(lambda: classroom.page.currentWidget() is quiz and quiz.currentWidget() is quiz.picker, 5)
            quiz.picker.picked.emit("陳怡君")
            assert quiz.session is not None
            field = quiz.question.findChildren(QLineEdit)[0]  # the first question takes a number
            assert classroom.window.focusWidget() is field  # typed at once, no click first (issue 16)
            for answer in (4, True, "b"):
                quiz.session.submit(answer)
            assert quiz.currentWidget() is quiz.summary
            await classroom.services.sync.send_all()
            await until(lambda: "3 answers so far" in live.quiz.results.text(), 10)
            assert quiz.summary.close_button.text() == "Back to the live lesson"  # not to the lesson list
            quiz.summary.close_button.click()
            assert classroom.page.currentWidget() is room

            # attendance to CSV, then the end (asked once) for everyone
            path = tmp_path / "attendance.csv"
            live.attendance.save_to(path)
            await until(lambda: live.attendance.status.text().startswith("Saved 2 attendance rows"), 10)
            assert CLASSROOM in path.read_text(encoding="utf-8-sig")
            live.end_button.click()
            question = live.end_question
            assert question is not None
            live.end_button.click()  # asked already: no second question
            assert live.end_question is question
            question.button(QMessageBox.StandardButton.Yes).click()
            await until(lambda: classroom.page.currentWidget() is classroom.page.over_view, 10)
            assert classroom.page.over_view.reason.text() == "The teacher ended the lesson."
            await until(lambda: teacher.page.currentWidget() is teacher.page.over_view, 10)
            assert teacher.page.over_view.reason.text() == "You ended the lesson for every classroom."
            assert classroom.page.over_view.reason.text() == "The teacher ended the lesson."
            classroom.page.over_view.back_button.click()
            assert classroom.page.currentWidget() is classroom.page.join_view
        finally:
            for pc in pcs:
                await close_window(pc.window, pc.services)
            await hub.stop()

    run(qloop, scenario())


def test_the_teacher_sees_their_own_camera_as_the_classrooms_do_and_when_it_gives_no_picture(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, camera_clip: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        camera = tmp_path / "usb-camera.avi"  # a 2 s clip played again and again, until it is gone
        shutil.copy(camera_clip, camera)
        teacher = await open_pc(tmp_path, hub, "teacher", TEACHER, camera)
        page, live = teacher.page, teacher.page.teacher_view
        try:
            page.start_view.start_button.click()
            await until(lambda: teacher.services.live.state is LessonState.LIVE, 20)
            own = live.own
            assert own.isVisible() and spoken_name(own) == "Your camera, as the classrooms see it"
            await until(lambda: not own.image().isNull(), 10)
            assert own.message() == ""
            shown = own.grab().toImage()
            assert colours(shown) > 20, "the preview looks blank"
            # not mirrored: the camera's picture goes from no blue on its left to full blue on its right
            picture = own.picture_rect()
            left, right = (
                shown.pixelColor(x, picture.center().y()).blue() for x in (picture.left() + 3, picture.right() - 3)
            )
            assert left < 60 and right > 190, (left, right)

            camera.unlink()  # unplugged
            await until(lambda: own.message() == "Camera stopped", 10)
            assert not own.image().isNull()  # its last picture, which the classrooms see too

            live.ask_to_end()
            assert live.end_question is not None
            live.end_question.button(QMessageBox.StandardButton.Yes).click()
            await until(lambda: page.currentWidget() is page.over_view, 10)
            assert page.over_view.reason.text() == "You ended the lesson for every classroom."

            page.over_view.back_button.click()
            page.start_view.start_button.click()  # the next lesson, still with no camera
            await until(lambda: teacher.services.live.state is LessonState.LIVE, 20)
            await until(lambda: own.message() == "No camera picture", 10)
            assert own.image().isNull()
        finally:
            await close_window(teacher.window, teacher.services)
            await hub.stop()

    run(qloop, scenario())


def test_a_wrong_code_is_refused_in_words(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, camera_file: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        classroom = await open_pc(tmp_path, hub, "classroom", CLASSROOM, camera_file)
        try:
            QTest.keyClicks(classroom.page.join_view.code, "ZZZ999")
            classroom.page.join_view.join_button.click()
            over = classroom.page.over_view
            await until(lambda: classroom.page.currentWidget() is over, 10)
            assert over.heading.text() == "Could not join the lesson"
            assert (
                over.reason.text() == "There is no live lesson with the code ZZZ999. Check the code with the teacher."
            )
            assert over.attendance.isHidden()
            over.back_button.click()
            assert classroom.page.currentWidget() is classroom.page.join_view
        finally:
            await close_window(classroom.window, classroom.services)
            await hub.stop()

    run(qloop, scenario())


def test_closing_asks_once_and_a_hub_gone_shows_reconnecting(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, camera_file: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        pcs: list[Pc] = []
        try:
            teacher, classroom = await lesson(tmp_path, hub, camera_file)
            pcs += [teacher, classroom]
            classroom.window.close()
            question = classroom.window.close_question
            assert question is not None and classroom.window.isVisible()
            assert "A live lesson is going on; closing leaves it (the others go on)." in question.text()
            question.button(QMessageBox.StandardButton.No).click()
            await until(lambda: classroom.window.close_question is None)
            assert classroom.services.live.state is LessonState.LIVE

            await hub.stop()
            for banner in (classroom.page.classroom_view.banner, teacher.page.teacher_view.banner):
                await until(lambda banner=banner: not banner.isHidden(), 10)
                assert banner.text().startswith("Reconnecting to the hub…")
            assert classroom.page.currentWidget() is classroom.page.classroom_view
        finally:
            for pc in pcs:
                await close_window(pc.window, pc.services)
            await hub.stop()

    run(qloop, scenario())


def labels_shown(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("en", "Not sent: the hub cannot be reached just now. Try again in a moment."),
        ("zh_TW", "沒有送出：目前連不上中心伺服器，請稍後再試。"),
    ],
)
def test_a_hand_raised_while_the_hub_is_gone_says_on_screen_that_it_was_not_sent(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, camera_file: Path, language: str, reason: str
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        pcs: list[Pc] = []
        try:
            teacher, classroom = await lesson(tmp_path, hub, camera_file, language)
            pcs += [teacher, classroom]
            room = classroom.page.classroom_view
            await hub.stop()  # the socket is lost: the lesson tries to come back
            await until(lambda: classroom.services.live.state is LessonState.RECONNECTING, 10)
            assert reason not in labels_shown(classroom.window)
            room.hand_button.click()
            await until(lambda: reason in labels_shown(classroom.window), 5)
            assert not room.hand_button.isChecked() and not classroom.services.live.room.hand
            classroom.window.resize(1366, 768)
            await asyncio.sleep(0.2)
            classroom.window.grab().save(str(tmp_path / f"not-sent-{language}.png"))
        finally:
            for pc in pcs:
                await close_window(pc.window, pc.services)
            await hub.stop()

    run(qloop, scenario())
