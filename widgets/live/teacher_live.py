"""The teacher's live lesson: the code to read out, the classroom grid, their own camera, hands, pop-up quiz, chat
and attendance."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.catalog import CatalogService
from app.demo_classroom import DemoClassroom
from app.live.lesson import LessonState, LiveLesson
from widgets.common.actions import run_action
from widgets.common.ask import ask
from widgets.live.attendance import AttendanceSaver
from widgets.live.banner import LiveBanner
from widgets.live.chat_panel import ChatPanel
from widgets.live.classroom_grid import ClassroomGrid
from widgets.live.demo_classroom_button import DemoClassroomButton
from widgets.live.hands_panel import HandsPanel
from widgets.live.own_preview import OwnPreview
from widgets.live.quiz_push import QuizPush

SIDE_WIDTH = 340
PREVIEW_HEIGHT = 150
"""The teacher's own camera, small: the side column's room goes to hands and chat (less when short of room)."""


class TeacherLive(QWidget):
    """What the teacher sees while the lesson connects, runs or reconnects; End lesson asks once.

    demo_classroom: the demo's, which a button adds to the lesson.
    """

    def __init__(
        self,
        lesson: LiveLesson,
        catalog: CatalogService,
        demo_classroom: DemoClassroom | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self.end_question: QMessageBox | None = None
        self.code = QLabel()
        self.code.setObjectName("lessonCode")
        self.state = QLabel()
        self.end_button = QPushButton(self.tr("End lesson"))
        self.end_button.setToolTip(self.tr("End the lesson for every classroom"))
        self.end_button.clicked.connect(self.ask_to_end)
        self.banner = LiveBanner(lesson)
        self.grid = ClassroomGrid(lesson)
        self.own = OwnPreview(lesson)
        self.own.setAccessibleName(self.tr("Your camera, as the classrooms see it"))
        self.own.setMinimumSize(160, 90)
        self.own.setMaximumHeight(PREVIEW_HEIGHT)
        self.hands = HandsPanel(lesson)
        self.quiz = QuizPush(lesson, catalog)
        self.chat = ChatPanel(lesson)
        self.attendance = AttendanceSaver(lesson)
        header = QHBoxLayout()
        header.addWidget(self.code)
        header.addWidget(self.state, 1)
        self.demo_classroom = DemoClassroomButton(demo_classroom) if demo_classroom is not None else None
        if self.demo_classroom is not None:
            header.addWidget(self.demo_classroom)
        header.addWidget(self.end_button)
        side = QVBoxLayout()
        side.addWidget(self.own)
        side.addWidget(self.hands)
        side.addWidget(self.quiz)
        side.addWidget(self.chat, 1)
        side.addWidget(self.attendance)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(SIDE_WIDTH)
        side.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(side_box)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        lesson.state_changed.connect(self._show_state)
        self._show_state()

    def reset(self) -> None:
        """A new lesson: nothing of the last one stays on screen."""
        self.grid.refresh()
        self.own.reset()
        self.hands.refresh()
        self.quiz.reset()
        self.chat.reload()
        self.attendance.status.clear()

    def _show_state(self) -> None:
        code = self._lesson.code
        self.code.setText(self.tr("Code: {code}").format(code=code) if code else "")
        self.code.setAccessibleName(self.tr("Lesson code {code}").format(code=" ".join(code or "")))
        self.state.setText(
            {
                LessonState.CONNECTING: self.tr("Starting the lesson…"),
                LessonState.LIVE: self.tr("Live: the classrooms join with this code."),
                LessonState.RECONNECTING: self.tr("Reconnecting…"),
            }.get(self._lesson.state, "")
        )

    def ask_to_end(self) -> None:
        if self.end_question is not None:
            return  # asked already
        self.end_question = ask(
            self, self.tr("End the lesson?"), self.tr("End the lesson for every classroom now?"), self._answered
        )

    def _answered(self, end: bool) -> None:
        self.end_question = None
        if end:
            run_action(self, self._lesson.end())
