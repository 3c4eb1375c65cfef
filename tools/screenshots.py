"""Screenshots of the main window's screens, online and offline, and of a live lesson, in English and zh_TW.

    .venv/bin/python tools/screenshots.py [--scale 2] [--out DIR] [--only quiz-editor] [HUB_DATA_DIR]

Writes docs/screenshots/*.png (or DIR/*.png); with --scale 2 (or 1.5), the screens at 200% (150%) as
docs/screenshots/scale-200/*.png. HUB_DATA_DIR defaults to a demo hub rendered into a temporary folder (about
20 s); pass an existing demo hub folder to reuse its videos. The offscreen screen is a school laptop's, 1366x768,
and the windows open at the size they open at there. --only quiz-editor shoots the Teacher screen's quiz editor,
its preview and an import report alone (no hub needed); --only my-lessons shoots My lessons and its New lesson
form alone; --only issue16 shoots the screens issue 16 named (the guide and its file dialog, every screen of
one language, the lock, the live lessons and the demo's).
"""

from __future__ import annotations

import asyncio
import atexit
import copy
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

ARGS = sys.argv[1:]
SCALE = ARGS[ARGS.index("--scale") + 1] if "--scale" in ARGS else ""
if SCALE:
    os.environ["QT_SCALE_FACTOR"] = SCALE  # read when the QApplication is made
    del ARGS[ARGS.index("--scale") : ARGS.index("--scale") + 2]
OUT_DIR = ARGS[ARGS.index("--out") + 1] if "--out" in ARGS else ""
if OUT_DIR:
    del ARGS[ARGS.index("--out") : ARGS.index("--out") + 2]
ONLY = ARGS[ARGS.index("--only") + 1] if "--only" in ARGS else ""
if ONLY:
    del ARGS[ARGS.index("--only") : ARGS.index("--only") + 2]

SCREEN = Path(tempfile.gettempdir()) / f"oo-screenshots-screen-{os.getpid()}.json"
SCREEN.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "laptop",
                    "x": 0,
                    "y": 0,
                    "width": round(1366 * float(SCALE or 1)),
                    "height": round(768 * float(SCALE or 1)),
                    "logicalDpi": 96,
                }
            ]
        }
    ),
    encoding="utf-8",
)
atexit.register(SCREEN.unlink, missing_ok=True)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")

import qasync  # noqa: E402
from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QScrollArea, QToolButton, QWidget  # noqa: E402

from app import i18n  # noqa: E402
from app.config import Config, DeviceSettings, UiSettings  # noqa: E402
from app.demo_classroom import DemoClassroom  # noqa: E402
from app.live.lesson import LessonState  # noqa: E402
from app.pin import hash_pin  # noqa: E402
from app.quizzes import QuizStore  # noqa: E402
from app.services import Services, open_services  # noqa: E402
from app.settings import Settings  # noqa: E402
from hub.demo import DEMO_CLASSROOM, DEMO_TEACHER, LESSONS, pizza_picture, register_demo, render_demo_videos  # noqa: E402
from hub.server import RunningHub, start_hub  # noqa: E402
from hub.store import Store  # noqa: E402
from widgets.common.pin_dialog import PinDialog  # noqa: E402
from widgets.first_run_guide import FirstRunGuide, HubPage  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.setup.setup_page import SetupPage  # noqa: E402
from widgets.teacher.quiz_file_window import QuizFileWindow  # noqa: E402
from widgets.teacher.teacher_page import TeacherPage  # noqa: E402
from widgets.window import build_window  # noqa: E402

OUT = Path(OUT_DIR).resolve() if OUT_DIR else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
if SCALE:
    OUT = OUT / f"scale-{round(float(SCALE) * 100)}"
SCALED = {"classroom", "quiz-question", "teacher", "setup-settings", "setup-devices"}
"""The screens shot again at --scale: one of each kind, to check the layouts hold."""


@dataclass(frozen=True)
class DemoHub:
    """The demo hub, in this process (a tool may hold both sides), with the demo PC's two tokens."""

    hub: RunningHub
    classroom_token: str
    teacher_token: str


async def snap(window: QWidget, name: str) -> None:
    if SCALE and name.rsplit("-", 1)[0] not in SCALED:
        return
    await asyncio.sleep(0.1)
    window.grab().save(str(OUT / name))
    print(OUT / name)


async def snap_over(window: QWidget, dialog: QWidget, name: str) -> None:
    """The window with a dialog open over its middle, as a person sees them."""
    await asyncio.sleep(0.1)
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 3), over)
    painter.end()
    picture.save(str(OUT / name))
    print(OUT / name)


async def shoot_lock(demo: DemoHub, work: Path, language: str) -> None:
    """A classroom PC with a teacher/IT PIN: a pupil clicks Teacher and types a wrong PIN; the teacher unlocks."""
    config = replace(Config(), ui=UiSettings(pin_hash=hash_pin("2468")))
    services = open_services(config, work / language, demo.hub.url, demo.classroom_token, demo.teacher_token)
    await services.catalog.refresh()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    next(b for b in window.findChildren(QToolButton) if b.text() == window.tr("Teacher")).click()
    dialog = window.pin_question
    assert isinstance(dialog, PinDialog)
    dialog.pin.setText("1357")
    dialog.accept()
    dialog.pin.setText("24")
    await snap_over(window, dialog, f"lock-pin-{language}.png")
    dialog.pin.setText("2468")
    dialog.accept()
    await snap(window, f"lock-open-{language}.png")
    window.show_classroom()
    window.classroom.lessons.remove.click()
    question = window.classroom.lessons.remove_question
    assert question is not None
    await snap_over(window, question, f"lock-remove-{language}.png")
    question.reject()
    window.close_now()
    await services.stop()


async def shoot_language(demo: DemoHub, work: Path, language: str) -> None:
    """Every screen of one language: lessons, library, player, a quiz from start to end, results, setup, offline."""
    camera = str(demo.hub.store.videos_dir / "science-water.mp4")  # a lesson video played as the camera
    config = replace(Config(), devices=DeviceSettings(camera=camera))
    services = open_services(config, work / language, demo.hub.url, demo.classroom_token, demo.teacher_token)
    await services.catalog.refresh()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    classroom = window.classroom
    await snap(window, f"classroom-{language}.png")
    await services.library.download_pass()
    services.library.pin(services.catalog.lessons[0].video_id or "", True)
    classroom.lessons.table.selectRow(0)
    await snap(window, f"library-{language}.png")
    classroom.lessons.table.selectRow(3)  # the science lesson (row 2, the times-tables practice, has no video)
    classroom.lessons.watch.click()
    await snap(window, f"watch-who-{language}.png")
    classroom.viewer_picker.picked.emit("")
    page = classroom.player_page
    assert page is not None
    for _ in range(100):  # a few seconds of the science lesson
        if page.player.position > 12:
            break
        await asyncio.sleep(0.2)
    await snap(window, f"player-{language}.png")
    classroom.close_player()
    classroom.lessons.table.selectRow(0)  # the English lesson's quiz: in English in every language
    classroom.lessons.take_quiz.click()
    classroom.quiz.picker.picked.emit(services.catalog.roster[2])  # not roster[1]: the fruit quiz below is theirs
    await snap(window, f"quiz-english-{language}.png")
    classroom.quiz.closed.emit()
    classroom.lessons.table.selectRow(1)  # the fractions lesson: a picture and a time limit
    classroom.lessons.take_quiz.click()
    await snap(window, f"quiz-pick-{language}.png")
    classroom.quiz.picker.picked.emit(services.catalog.roster[0])
    await snap(window, f"quiz-question-{language}.png")
    view = classroom.quiz.question
    session = classroom.quiz.session
    assert session is not None
    session.submit(4)
    assert view.choices is not None
    view.choices.buttons[0].click()  # True, chosen but not yet confirmed
    await snap(window, f"quiz-true-false-{language}.png")
    view.choices.confirm_button.click()
    session.submit("b")
    await snap(window, f"quiz-summary-{language}.png")
    classroom.quiz.closed.emit()
    classroom.lessons.table.selectRow(0)  # the fruit lesson: one answer, several answers, a typed one
    classroom.lessons.take_quiz.click()
    classroom.quiz.picker.picked.emit(services.catalog.roster[1])
    view.choices.buttons[0].click()
    await snap(window, f"quiz-single-{language}.png")
    view.choices.confirm_button.click()
    classroom.quiz.ask_to_leave()
    assert classroom.quiz.leave_question is not None
    await asyncio.sleep(0.1)
    classroom.quiz.leave_question.grab().save(str(OUT / f"quiz-leave-{language}.png"))
    classroom.quiz.leave_question.reject()  # keep going
    view.choices.buttons[0].click()
    view.choices.buttons[2].click()
    await snap(window, f"quiz-multiple-{language}.png")
    view.choices.confirm_button.click()
    session = classroom.quiz.session
    assert session is not None
    session.submit("Aple")
    await snap(window, f"quiz-summary-fruit-{language}.png")
    store = QuizStore(services.db)  # a name pasted twice over, before the box kept only what the hub takes
    pasted = store.start(services.catalog.lessons[0].quiz, "Chen Yi-Jun 陳怡君, grade 3, Lanyu Elementary; " * 3)
    store.answer(pasted, "q3", "apple")
    await services.sync.send_all()  # the hub refuses that one answer: IT setup lists it
    window.show_teacher()
    teacher = window.teacher
    assert isinstance(teacher, TeacherPage)
    teacher.table.selectRow(1)
    await snap(window, f"teacher-{language}.png")
    teacher.tabs.setCurrentWidget(teacher.results)
    await asyncio.sleep(0.5)
    await snap(window, f"results-{language}.png")
    answers = teacher.results.open_answers(0)  # the pupil who took the quiz above, first on the roster
    assert answers is not None
    await snap(answers, f"results-pupil-{language}.png")
    answers.close()
    window.show_setup()
    await snap(window, f"setup-{language}.png")
    setup = window.setup
    assert isinstance(setup, SetupPage)
    setup.tabs.setCurrentWidget(setup.form.parentWidget().parentWidget())  # the scroll area's
    await snap(window, f"setup-settings-{language}.png")
    scroll = setup.form.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the lock, at the bottom
    await snap(window, f"setup-settings-lock-{language}.png")
    proxy = next(e for e in setup.form.findChildren(QLineEdit) if e.placeholderText().startswith("http://proxy."))
    proxy.setText("http://proxy.lanyu.example:3128")
    setup.form.save()  # the note, "Use the provisioned settings" and This PC's own file say so at once
    await snap(window, f"setup-saved-{language}.png")
    setup.tabs.setCurrentIndex(0)  # This PC
    await snap(window, f"setup-saved-pc-{language}.png")
    setup.form.forget()  # the screens after these start again with nothing changed on this PC
    setup.tabs.setCurrentWidget(setup.devices.parentWidget())
    await asyncio.sleep(3)  # the preview and its figures
    await snap(window, f"setup-devices-{language}.png")
    setup.tabs.setCurrentWidget(setup.network)
    await services.network.run()
    await snap(window, f"setup-network-{language}.png")
    setup.tabs.setCurrentWidget(setup.set_aside)
    await snap(window, f"setup-refused-{language}.png")
    window.close_now()
    await services.stop()

    # the next morning the link is down: the PC shows what it had, and what waits to be sent
    offline = open_services(Config(), work / language, "http://127.0.0.1:9", demo.classroom_token)
    store = QuizStore(offline.db)
    store.answer(store.start(services.catalog.lessons[0].quiz, "林志明"), "q1", "b")
    offline.sync.answer_queued()
    await offline.catalog.refresh()
    await offline.sync.send_all()
    window = build_window(offline, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    await snap(window, f"offline-{language}.png")
    window.close_now()
    await offline.stop()


async def shoot_guide(work: Path, language: str) -> None:
    """The first-start guide: its first page, a hub address it refuses, and Qt's file dialog it opens."""
    guide = FirstRunGuide()
    guide.show()
    await snap(guide, f"guide-role-{language}.png")
    guide.next()
    hub = guide.currentPage()
    assert isinstance(hub, HubPage)
    hub.url.setText("hub.school.example")
    guide.next()  # refused: the reason shows under the choices
    await snap(guide, f"guide-hub-{language}.png")
    dialog = QFileDialog(guide, hub.tr("Settings file"), str(work), "TOML (*.toml)")  # as Choose… opens it
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    await snap(dialog, f"file-dialog-{language}.png")
    dialog.close()
    guide.close()


async def waited(condition: Callable[[], bool], seconds: float = 30) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise RuntimeError("the live lesson did not get there in time")


def live_services(demo: DemoHub, work: Path, role: str, name: str, video: str) -> Services:
    """A PC's services for the live lesson, its camera one of the demo's lesson videos."""
    camera = str(demo.hub.store.videos_dir / video)
    config = replace(Config(), ui=UiSettings(role=role), devices=DeviceSettings(camera=camera))
    return open_services(config, work / name, demo.hub.url, demo.hub.store.issue_token(role, name))


async def live_pc(
    demo: DemoHub, work: Path, language: str, role: str, name: str, video: str
) -> tuple[MainWindow, Services]:
    """A PC of the live lesson with its window on the live page."""
    services = live_services(demo, work, role, name, video)
    await services.catalog.refresh()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.resize(1366, 768)
    window.show()
    window.show_live()
    return window, services


MORE = ("Orchid Island 4", "台東大武國小", "Hualien 6", "Kinmen 1", "Matsu Elementary 3", "Penghu 5")
"""Six more classrooms without windows: the teacher's grid at 8 classrooms."""


async def shoot_live(demo: DemoHub, work: Path, language: str) -> None:
    """A live lesson: the teacher with two classrooms (one hand up, a chat line; their own camera beside), a
    classroom's view, the teacher with eight classrooms, and the teacher's screen once they ended the lesson."""
    pcs = [
        await live_pc(demo, work / language, language, "teacher", "Ms. Lin 林老師", "science-water.mp4"),
        await live_pc(demo, work / language, language, "classroom", "Lanyu 3", "math-fractions.mp4"),
        await live_pc(demo, work / language, language, "classroom", "Green Island 5", "english-fruit.mp4"),
    ]
    (teacher, teaching), (lanyu, in_lanyu), (_, in_green) = pcs
    page = lanyu.live
    await snap(teacher, f"live-start-{language}.png")
    teaching.live.start()
    await waited(lambda: teaching.live.state is LessonState.LIVE)
    page.join_view.code.setText(teaching.live.code or "")
    await snap(lanyu, f"live-join-{language}.png")
    page.join_view.join()
    in_green.live.join(teaching.live.code or "")
    await waited(lambda: all(pc.live.state is LessonState.LIVE for _, pc in pcs))
    grid = teacher.live.teacher_view.grid
    await waited(lambda: len(grid.tiles) == 2 and all(not t.video.image().isNull() for t in grid.tiles.values()))
    await waited(lambda: not page.classroom_view.teacher.image().isNull())
    await in_green.live.raise_hand()
    await in_lanyu.live.send_chat("老師好！We can see and hear you.")
    await teaching.live.send_chat("Good morning, everyone!")
    await asyncio.sleep(2)  # the links settle on their presets
    await snap(teacher, f"live-teacher-{language}.png")
    await snap(lanyu, f"live-classroom-{language}.png")
    videos = ("english-fruit.mp4", "math-fractions.mp4", "science-water.mp4")
    more = [live_services(demo, work / language, "classroom", name, videos[n % 3]) for n, name in enumerate(MORE)]
    for services in more:
        services.live.join(teaching.live.code or "")
    await waited(lambda: len(grid.tiles) == 8 and all(not t.video.image().isNull() for t in grid.tiles.values()), 90)
    await asyncio.sleep(2)
    await snap(teacher, f"live-teacher-8-{language}.png")
    await teaching.live.end()
    await snap(teacher, f"live-ended-{language}.png")
    for window, services in pcs:
        window.close_now()
        await services.stop()
    for services in more:
        await services.stop()


async def shoot_demo_live(demo: DemoHub, work: Path, language: str) -> None:
    """The demo PC's live lesson: both ways in, then the demo teacher with the demo classroom joined."""
    camera = str(demo.hub.store.videos_dir / "science-water.mp4")
    services = open_services(
        replace(Config(), devices=DeviceSettings(camera=camera)),
        work / language / "demo",
        demo.hub.url,
        demo.classroom_token,
        demo.teacher_token,
    )
    await services.catalog.refresh()
    classroom = DemoClassroom(services.live, demo.hub.url, demo.classroom_token, work / language / "demo-classroom")
    settings = Settings(None, work / "this-pc.toml")
    window = build_window(services, settings, work / "oo-classroom.log", True, None, classroom)
    window.resize(1366, 768)
    window.show()
    window.show_live()
    await snap(window, f"live-demo-start-{language}.png")
    window.live.start_view.start()
    await waited(lambda: services.live.state is LessonState.LIVE)
    classroom.add()
    grid = window.live.teacher_view.grid
    await waited(lambda: len(grid.tiles) == 1 and all(not t.video.image().isNull() for t in grid.tiles.values()), 60)
    await asyncio.sleep(2)  # the link settles on its preset
    await snap(window, f"live-demo-teacher-{language}.png")
    await services.live.end()
    await classroom.stop()
    window.close_now()
    await services.stop()


QUIZ_FILE = """// a teacher's GIFT file: two questions the editor takes, an essay it cannot
::Fruit::Which one is a fruit? {~a chair =an apple ~a car}

::Sun::The sun is a star. {TRUE}

::Essay::Tell me about your favourite fruit. {}
"""


async def shoot_quiz_editor(work: Path, language: str) -> None:
    """The quiz editor with the science lesson's bilingual quiz (a picture added), a question that needs its right
    answer, the preview a pupil would see, and the report of a GIFT file's import."""
    window = QuizFileWindow()
    window.show()
    quiz = json.loads(json.dumps(next(lesson["quiz"] for lesson in LESSONS if lesson["id"] == "science-water")))
    quiz["questions"][0]["picture"] = pizza_picture()
    window.edit(quiz)
    editor = window.editor
    await snap(window, f"quiz-editor-{language}.png")
    editor.add_question()
    editor.form.text.author.setText("水在幾度會結冰？")
    editor.form.text.author.textEdited.emit("水在幾度會結冰？")
    editor.show_preview()  # refused: what the quiz still needs is listed
    await snap(window, f"quiz-editor-needs-{language}.png")
    editor.remove_question()
    editor.questions.setCurrentRow(0)
    editor.show_preview()
    assert editor.preview is not None
    await snap(editor.preview, f"quiz-preview-{language}.png")
    editor.preview.close()
    (work / "fruit.gift").write_text(QUIZ_FILE, encoding="utf-8")
    editor.import_file(work / "fruit.gift")
    assert editor.report is not None
    await snap_over(window, editor.report, f"quiz-import-{language}.png")
    editor.report.close()
    (work / "broken.gift").write_text("Which one? {=apple ~chair\n\nNext {T}", encoding="utf-8")
    editor.import_file(work / "broken.gift")
    await snap_over(window, editor.report, f"quiz-import-broken-{language}.png")
    editor.report.close()
    window.close()


MY_TITLES = {
    "en": ("Plants and Sunlight", "The Water Cycle, part 2", "My notes"),
    "zh_TW": ("植物與陽光", "水的循環（下）", "我的筆記"),
}


async def shoot_my_lessons(demo: DemoHub, work: Path, language: str) -> None:
    """My lessons with a published, a processing and a failed lesson of the teacher's, and the New lesson form."""
    teacher_token = demo.hub.store.issue_token("teacher", f"{DEMO_TEACHER} ({language})")  # her lessons alone
    services = open_services(Config(), work / f"my-lessons-{language}", demo.hub.url, teacher_token)
    await services.catalog.refresh()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    window.show_teacher()
    teacher = window.teacher
    assert isinstance(teacher, TeacherPage)
    teacher.pages.setCurrentWidget(teacher.my_lessons)
    mine = services.my_lessons
    video = demo.hub.store.videos_dir / "science-water.mp4"
    notes = work / "notes.mp4"
    notes.write_text("These are my notes, not a video.\n" * 50, encoding="utf-8")
    published, processing, failed = MY_TITLES[language]
    writing = "en" if language == "en" else "zh-TW"

    def lesson(title: str, grade: int | None) -> dict[str, object]:
        text = {"language": writing, "text": title}
        return {"title": text, "subject": "science", "grade": grade, "description": None, "quiz": None}

    def state(title: str) -> str:
        return next((lesson.state for lesson in mine.lessons if lesson.title["text"] == title), "")

    mine.publish(None, lesson(published, 4), video)
    await waited(lambda: state(published) == "published", 120)
    mine.publish(None, lesson(processing, 5), video)
    mine.publish(None, lesson(failed, None), notes)
    await waited(lambda: state(failed) == "failed", 60)
    await waited(lambda: any(x.state == "processing" and (x.progress or 0) > 0.1 for x in mine.lessons), 60)
    await snap(window, f"my-lessons-{language}.png")
    form = teacher.my_lessons.open_form(None)
    form.languages.language.setCurrentIndex(form.languages.language.findData(writing))
    form.languages.chosen.emit(form.languages.writing())
    form.subject.setCurrentIndex(form.subject.findData("science"))
    form.title.author.setText(published)
    form.title.author.textEdited.emit(published)
    form.grade.setCurrentIndex(form.grade.findData(4))
    form.set_file(video)
    form.with_quiz.setChecked(True)
    form.quiz.set_quiz(next(lesson["quiz"] for lesson in LESSONS if lesson["id"] == "science-water"))
    await asyncio.sleep(0.5)  # the hub says whether it takes the file
    await snap(form, f"my-lessons-new-{language}.png")
    form.reject()
    await waited(lambda: not mine.processing, 120)
    window.close_now()
    await services.stop()


async def shoot_versions(app: QApplication, demo: DemoHub, work: Path) -> None:
    """The fruit quiz changed after pupils answered it: the results judge each answer by the version it was given.

    Shot after every other screen, which show the quiz as the demo has it."""
    fruit = next(
        lesson
        for lesson in demo.hub.store.catalog().lessons
        if lesson.get("quiz", {}).get("id") == "quiz-english-fruit"
    )
    changed = copy.deepcopy(fruit["quiz"])
    changed["questions"][0].update(text={"en": "Which one is an orange?", "zh_TW": "哪一個是柳橙？"}, answer="c")
    demo.hub.store.set_quiz(fruit["id"], changed)
    for language in ("en", "zh_TW"):
        i18n.install(app, language)
        services = open_services(
            Config(), work / f"versions-{language}", demo.hub.url, demo.classroom_token, demo.teacher_token
        )
        await services.catalog.refresh()
        window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
        window.show()
        if language == "en":  # two pupils answer version 2: one right, one as version 1 wanted it
            store = QuizStore(services.db)
            for pupil, value in ((services.catalog.roster[0], "c"), (services.catalog.roster[2], "b")):
                store.answer(store.start(services.catalog.lessons[0].quiz, pupil), "q1", value)
            await services.sync.send_all()
        window.show_teacher()
        teacher = window.teacher
        assert isinstance(teacher, TeacherPage)
        teacher.table.selectRow(0)
        teacher.tabs.setCurrentWidget(teacher.results)
        await teacher.results.refresh()
        await snap(window, f"results-versions-{language}.png")
        answers = teacher.results.open_answers(2)  # answered version 2 as version 1 wanted it
        assert answers is not None
        await snap(answers, f"results-versions-pupil-{language}.png")
        answers.close()
        window.close_now()
        await services.stop()


def add_video_only_lesson(store: Store) -> None:
    """A lesson that is only a video beside the demo's (the water cycle's file under another name, no quiz)."""
    path = store.videos_dir / "science-clouds.mp4"
    shutil.copyfile(store.videos_dir / "science-water.mp4", path)
    title = {"language": "zh-TW", "text": "雲的種類", "translation": {"language": "en", "text": "Kinds of Clouds"}}
    store.add_lesson({"id": "science-clouds", "subject": "science", "title": title, "position": 4}, path, 60.0)


async def shoot_kinds(demo: DemoHub, work: Path, language: str) -> None:
    """The Classroom list with the three kinds of lesson (a video and a quiz, only a quiz, only a video)."""
    services = open_services(Config(), work / f"kinds-{language}", demo.hub.url, demo.classroom_token)
    await services.catalog.refresh()
    await services.library.download_pass()
    window = build_window(services, Settings(None, work / "this-pc.toml"), work / "oo-classroom.log")
    window.show()
    table = window.classroom.lessons.table
    table.selectRow(2)  # the times-tables practice: only a quiz
    await snap(window, f"kinds-quiz-only-{language}.png")
    table.selectRow(4)  # the clouds: only a video
    await snap(window, f"kinds-video-only-{language}.png")
    window.close_now()
    await services.stop()


async def shoot(app: QApplication, hub_dir: Path, work: Path) -> None:
    if ONLY == "my-lessons":
        hub = await start_hub(hub_dir)
        await asyncio.get_running_loop().run_in_executor(None, render_demo_videos, hub.store.videos_dir)
        register_demo(hub.store)
        demo = DemoHub(hub, "", hub.store.issue_token("teacher", DEMO_TEACHER))
        try:
            for language in ("en", "zh_TW"):
                i18n.install(app, language)
                await shoot_my_lessons(demo, work, language)
        finally:
            await hub.stop()
        return
    if ONLY == "quiz-editor":
        for language in ("en", "zh_TW"):
            i18n.install(app, language)
            await shoot_quiz_editor(work, language)
        return
    hub = await start_hub(hub_dir)
    await asyncio.get_running_loop().run_in_executor(None, render_demo_videos, hub.store.videos_dir)
    register_demo(hub.store)
    demo = DemoHub(
        hub, hub.store.issue_token("classroom", DEMO_CLASSROOM), hub.store.issue_token("teacher", DEMO_TEACHER)
    )
    try:
        for language in ("en", "zh_TW"):
            i18n.install(app, language)
            await shoot_guide(work, language)
            await shoot_language(demo, work, language)
            if not ONLY:  # --only issue16: the screens that issue named, not the editor's or My lessons
                await shoot_quiz_editor(work, language)
            await shoot_lock(demo, work, language)
            await shoot_live(demo, work, language)
            await shoot_demo_live(demo, work, language)
            if not ONLY:
                await shoot_my_lessons(demo, work, language)
        if ONLY:
            return
        await shoot_versions(app, demo, work)
        add_video_only_lesson(hub.store)  # after the others: their lesson lists stay the demo's
        for language in ("en", "zh_TW"):
            i18n.install(app, language)
            await shoot_kinds(demo, work, language)
    finally:
        await demo.hub.stop()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as work:
        hub_dir = Path(ARGS[0]) if ARGS else Path(work) / "hub"
        try:
            loop.run_until_complete(shoot(app, hub_dir, Path(work)))
        finally:
            loop.close()  # joins the worker threads before Qt goes away


if __name__ == "__main__":
    main()
