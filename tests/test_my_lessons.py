"""My lessons on the Teacher screen: publish through the form, watch it upload and transcode, play it in a classroom,
edit, unpublish; a file that is no video; a publish that outlives the app; a classroom's token."""

from __future__ import annotations

import json
import socket
from dataclasses import replace
from pathlib import Path
from typing import Any

import av
import numpy as np
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.config import Config, DownloadSettings
from app.content import shown_text
from app.my_lesson_rows import STATE_COLUMN, lesson_state
from app.services import open_services
from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, UploadSettings
from media.player import Player, PlayerState
from tests.gui import close_window, open_window, run
from tests.null_sink import NullSink
from tests.test_transcode import media_file
from tests.waiting import until
from widgets.main_window import MainWindow
from widgets.teacher.lesson_form import LessonForm
from widgets.teacher.my_lessons_page import MyLessonsPage
from widgets.teacher.teacher_page import TeacherPage

QUIZ = {
    "id": "quiz-pizza",
    "title": {"language": "en", "text": "Pizza"},
    "questions": [
        {
            "id": "q1",
            "kind": "single",
            "text": {"language": "en", "text": "Half of a pizza is"},
            "options": [
                {"id": "a", "text": {"language": "en", "text": "1/2"}},
                {"id": "b", "text": {"language": "en", "text": "1/4"}},
            ],
            "answer": "a",
        }
    ],
}


def noise_video(path: Path) -> Path:
    """48 pictures of noise at 320x240: a video of about 2 MB, over one of the uploader's chunks (at least 1 MiB)."""
    pictures = np.random.default_rng(17).integers(0, 256, (48, 240, 320, 3), dtype=np.uint8)
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=15)
        video.width, video.height, video.pix_fmt = 320, 240, "yuv420p"
        video.codec_context.options = {"preset": "ultrafast"}
        for i, picture in enumerate(pictures):
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24").reformat(format="yuv420p")
            frame.pts = i
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
    return path


def my_lessons(window: MainWindow) -> MyLessonsPage:
    teacher = window.teacher
    assert isinstance(teacher, TeacherPage)
    window.show_teacher()
    teacher.pages.setCurrentWidget(teacher.my_lessons)
    return teacher.my_lessons


def cells(page: MyLessonsPage, column: int) -> list[str]:
    return [page.rows.index(row, column).data() for row in range(page.rows.rowCount())]


def new_lesson(page: MyLessonsPage, qtbot: QtBot, title: str, video: Path, quiz: dict[str, Any] | None) -> LessonForm:
    """Fill the New lesson form as a teacher does: title, subject, grade 3, the file, the quiz."""
    form = page.open_form(None)
    qtbot.keyClicks(form.title.author, title)
    form.subject.setCurrentIndex(form.subject.findData("mathematics"))
    form.grade.setCurrentIndex(form.grade.findData(3))
    form.set_file(video)
    if quiz is not None:
        form.with_quiz.setChecked(True)
        form.quiz.set_quiz(quiz)
    return form


async def teacher_window(tmp_path: Path, hub: RunningHub, cap: int = 0) -> tuple[MainWindow, Any]:
    config = replace(Config(), downloads=DownloadSettings(bandwidth_cap=cap))
    return await open_window(tmp_path, hub.url, hub.store.issue_token("teacher", "Ms. Lin 林老師"), "en", config=config)


def test_a_teacher_publishes_a_lesson_a_classroom_plays_it_then_she_edits_and_unpublishes_it(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path, null_sink: NullSink
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        video = media_file(tmp_path / "fractions.mp4", "libx264", "aac")
        cap = video.stat().st_size // 2  # about two seconds going up: Uploading shows
        window, services = await teacher_window(tmp_path / "teacher", hub, cap)
        classroom = open_services(Config(), tmp_path / "classroom", hub.url, hub.store.issue_token("classroom", "L3"))
        try:
            page = my_lessons(window)
            await until(lambda: page.rows.rowCount() == 0 and not page.status.isVisible())  # no lessons of hers yet
            form = new_lesson(page, qtbot, "Fractions", video, QUIZ)
            assert form.file_label.text().startswith("fractions.mp4 (") and "kB" in form.file_label.text()
            form.publish_button.click()
            await until(lambda: cells(page, STATE_COLUMN) and "Uploading" in cells(page, STATE_COLUMN)[0])
            await until(lambda: "Processing" in cells(page, STATE_COLUMN)[0], timeout=20)
            await until(lambda: cells(page, STATE_COLUMN) == ["Published"], timeout=60, seen=lambda: cells(page, 3))
            assert cells(page, 0) == ["Fractions"] and cells(page, 2) == ["Grade 3"] and cells(page, 4) == ["0:02"]
            assert "kB" in cells(page, 5)[0]
            await until(lambda: page.table.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None)
            assert not page.table.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()  # the thumbnail

            await classroom.catalog.refresh()  # a classroom PC gets it, downloads it and plays it from its cache
            (lesson,) = [x for x in classroom.catalog.lessons if shown_text(x.title) == "Fractions"]
            assert lesson.quiz["id"] == "quiz-pizza"
            hub_catalog = json.loads((await classroom.hub.catalog(None)).text)
            assert [x["grade"] for x in hub_catalog["lessons"] if x["id"] == lesson.id] == [3]
            assert await classroom.library.download_pass()
            player = Player(classroom.library.cache.reader(lesson.video["id"]), name="fractions.mp4")
            try:
                player.start()
                await until(
                    lambda: player.state is PlayerState.PLAYING and player.position >= 1.0,
                    timeout=20,
                    what="the lesson playing",
                    seen=lambda: (player.state, player.position),
                )
            finally:
                player.close()

            page.table.selectRow(0)  # Edit…: a new title, nothing else
            form = page.open_form(page.chosen())
            assert form.title.author.text() == "Fractions" and form.grade.currentData() == 3
            qtbot.keyClicks(form.title.author, " and pizza")
            form.publish_button.click()
            await until(lambda: cells(page, 0) == ["Fractions and pizza"] and not services.my_lessons.sending)
            assert cells(page, STATE_COLUMN) == ["Published"]

            old_video = services.my_lessons.lessons[0].video
            page.table.selectRow(0)  # Edit…: a new file replaces the video
            form = page.open_form(page.chosen())
            form.set_file(media_file(tmp_path / "longer.mkv", "libx264", "aac", rate=30))
            form.publish_button.click()
            await until(lambda: services.my_lessons.lessons[0].state == "processing" or services.my_lessons.sending)
            await until(lambda: cells(page, STATE_COLUMN) == ["Published"] and not services.my_lessons.sending, 60)
            new_video = services.my_lessons.lessons[0].video
            assert new_video is not None and old_video is not None and new_video.id != old_video.id
            assert cells(page, 0) == ["Fractions and pizza"]

            page.table.selectRow(0)
            page.unpublish_button.click()
            assert "answers already given stay" in page.question.informativeText()
            page.question.button(QMessageBox.StandardButton.Yes).click()
            await until(lambda: cells(page, STATE_COLUMN) == ["Unpublished"])
            await classroom.catalog.refresh()
            assert not [x for x in classroom.catalog.lessons if x.id == lesson.id]  # gone from the catalog
            page.table.selectRow(0)
            page.again_button.click()
            await until(lambda: cells(page, STATE_COLUMN) == ["Published"])
        finally:
            await classroom.stop()
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_text_file_named_mp4_ends_failed_with_the_hubs_sentence(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        text = tmp_path / "lesson.mp4"
        text.write_text("These are my notes, not a video.\n" * 100)
        window, services = await teacher_window(tmp_path / "teacher", hub)
        try:
            page = my_lessons(window)
            new_lesson(page, qtbot, "Notes", text, None).publish_button.click()
            await until(lambda: cells(page, STATE_COLUMN) and "Failed" in cells(page, STATE_COLUMN)[0], timeout=30)
            assert cells(page, STATE_COLUMN)[0] == (
                "Failed: lesson.mp4 is not a video or sound file. Choose a video (MP4, MOV, MKV, WebM, AVI, WMV,"
                " MPEG-TS) or a sound file (MP3, M4A)."
            )
            i18n.install(QApplication.instance(), "zh_TW")  # type: ignore[arg-type]
            try:  # said in the teacher's language, not the hub's English
                assert lesson_state(services.my_lessons.lessons[0], None) == (
                    "失敗：lesson.mp4 不是影片或聲音檔。請選擇影片（MP4、MOV、MKV、WebM、AVI、WMV、MPEG-TS）"
                    "或聲音檔（MP3、M4A）。"
                )
            finally:
                i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_publish_cut_by_closing_the_app_goes_on_when_it_opens_again(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        video = noise_video(tmp_path / "fractions.mp4")
        size = video.stat().st_size
        window, services = await teacher_window(tmp_path / "teacher", hub, size // 5)  # a PATCH: 4 s, 0.8 of it
        token = services.token
        page = my_lessons(window)
        new_lesson(page, qtbot, "Fractions", video, None).publish_button.click()
        await until(lambda: services.uploads.sent > size * 0.9, timeout=20)  # the first PATCH is in
        await close_window(window, services)  # mid-upload
        window, services = await open_window(tmp_path / "teacher", hub.url, token, "en")
        try:
            page = my_lessons(window)
            await until(lambda: cells(page, STATE_COLUMN) == ["Published"], timeout=60, seen=lambda: cells(page, 3))
            assert cells(page, 0) == ["Fractions"]
            assert 0 < services.uploads.sent < size // 2  # from the hub's offset, not from the start
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_file_over_the_hubs_most_is_said_when_chosen_and_nothing_goes_up(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir, settings=HubServerSettings(uploads=UploadSettings(max_size=10_000)))
        window, services = await teacher_window(tmp_path / "teacher", hub)
        try:
            page = my_lessons(window)
            form = new_lesson(page, qtbot, "Fractions", media_file(tmp_path / "big.mp4", "libx264", "aac"), None)
            await until(form.problem.text)
            said = form.problem.text().replace("\N{NO-BREAK SPACE}", " ")
            assert said.startswith("big.mp4 is ") and "; the hub takes files of up to 10.0 kB." in said
            form.publish_button.click()  # refused: the form stays, nothing is kept or sent
            assert form.isVisible() and not services.my_lessons.sending and services.uploads.sent == 0
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_lesson_without_a_file_publishes_at_once(
    qloop: qasync.QEventLoop, qtbot: QtBot, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        window, services = await teacher_window(tmp_path / "teacher", hub)
        try:
            page = my_lessons(window)
            form = page.open_form(None)
            qtbot.keyClicks(form.title.author, "Reading aloud")
            form.publish_button.click()
            await until(lambda: cells(page, STATE_COLUMN) == ["Published"])
            assert cells(page, 0) == ["Reading aloud"] and cells(page, 2) == ["Any grade"] and cells(page, 4) == [""]
            assert services.uploads.sent == 0
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_classroom_token_sees_a_sentence_not_a_list(qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        window, services = await open_window(tmp_path, hub.url, hub.store.issue_token("classroom", "L3"), "en")
        try:
            page = my_lessons(window)
            await until(page.status.isVisible)
            assert page.status.text().startswith("This PC's token is a classroom's")
            assert not page.table.isVisible() and not page.new_button.isEnabled()
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_a_hub_out_of_reach_gets_a_sentence_not_an_empty_list(qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    async def scenario() -> None:
        with socket.socket() as s:  # a port nothing listens on
            s.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{s.getsockname()[1]}"
        window, services = await open_window(tmp_path, url, "some-teacher-token", "en")
        try:
            page = my_lessons(window)
            await until(page.status.isVisible, timeout=15)
            assert url in page.status.text() and not page.table.isVisible()
        finally:
            await close_window(window, services)

    run(qloop, scenario())
