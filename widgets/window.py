"""The main window put together over the services: its four screens and what closing it would interrupt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.demo_classroom import DemoClassroom
from app.lesson_list import LessonFilter, LessonTableModel
from app.live.lesson import RUNNING
from app.screen_lock import ScreenLock
from app.services import Services
from app.settings import Settings
from widgets.common.hub_status import HubStatus
from widgets.live.live_page import LivePage
from widgets.main_window import MainWindow
from widgets.placement import place_window, remember_place
from widgets.setup.setup_page import SetupPage
from widgets.student.classroom_page import ClassroomPage
from widgets.student.classroom_screen import ClassroomScreen
from widgets.student.quiz_page import QuizPage
from widgets.teacher.teacher_page import TeacherPage

translate = QCoreApplication.translate


def build_window(
    services: Services,
    settings: Settings,
    log_file: Path,
    demo: bool = False,
    on_restart: Callable[[], None] | None = None,
    demo_classroom: DemoClassroom | None = None,
) -> MainWindow:
    """The main window with its four screens over the services; on_restart: IT setup asks for one; demo_classroom:
    the demo's, which its Live lesson screen offers.

    A classroom PC with a PIN (`[ui] pin_hash`) starts locked; a teacher's PC is never locked.
    """
    ui = services.config.ui
    lock = ScreenLock(ui.pin_hash if ui.role == "classroom" else "", ui.lock_after_minutes)
    model = LessonTableModel(services.catalog, services.library)
    classroom = ClassroomScreen(
        ClassroomPage(LessonFilter(model), services.library, services.sync, lock),
        QuizPage(services.quizzes, services.catalog),
        services.viewings,
        services.catalog,
    )
    setup = SetupPage(services, settings, log_file, demo)
    if on_restart is not None:
        setup.form.restart_requested.connect(on_restart)
    window = MainWindow(
        HubStatus(services.catalog),
        classroom,
        TeacherPage(LessonFilter(model), services.results, services.my_lessons),
        setup,
        LivePage(
            services.live,
            services.catalog,
            QuizPage(services.quizzes, services.catalog),
            ui.role == "teacher",
            demo_classroom,
        ),
        lock,
        lambda: _interrupted(services),
    )
    lock.setParent(window)
    place_window(window, services.data_dir)
    window.closing.connect(lambda: remember_place(window, services.data_dir))
    if ui.role == "teacher":
        window.show_teacher()
    return window


def _interrupted(services: Services) -> str:
    """What closing the window now would interrupt, for the question before it closes."""
    reasons = []
    if services.live.state in RUNNING:
        reasons.append(translate("main", "A live lesson is going on; closing leaves it (the others go on)."))
    if services.library.downloading:
        reasons.append(
            translate(
                "main",
                "Lesson videos are downloading. They go on from where they stopped the next time O&O Classroom starts.",
            )
        )
    return "\n\n".join(reasons)
