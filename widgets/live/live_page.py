"""The Live lesson entry point: start or join, the lesson itself, a pushed quiz, and what ended it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.catalog import CatalogService
from app.demo_classroom import DemoClassroom
from app.live.lesson import RUNNING, LessonState, LiveLesson
from widgets.live.classroom_live import ClassroomLive
from widgets.live.lesson_entry import DemoEntry, JoinLesson, StartLesson
from widgets.live.lesson_over import LessonOver
from widgets.live.teacher_live import TeacherLive
from widgets.student.quiz_page import QuizPage


class LivePage(QStackedWidget):
    """Shows the view for the lesson's state; a classroom answers a pushed quiz in the quiz flow, then comes back.

    teacher: this PC is the teacher's ([ui] role), so it offers to start rather than to join. demo_classroom:
    the demo's (this PC is then the demo teacher's and the demo classroom's, so it offers both).
    """

    def __init__(
        self,
        lesson: LiveLesson,
        catalog: CatalogService,
        quiz: QuizPage,
        teacher: bool,
        demo_classroom: DemoClassroom | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lesson, self._teacher = lesson, teacher
        self._running = False
        self._done = False
        """The person went back from the ended lesson's view."""
        self.start_view = StartLesson(lesson)
        self.join_view = JoinLesson(lesson)
        self.demo_view = DemoEntry(self.start_view, self.join_view) if demo_classroom is not None else None
        self.teacher_view = TeacherLive(lesson, catalog, demo_classroom)
        self.classroom_view = ClassroomLive(lesson)
        self.quiz = quiz
        self.over_view = LessonOver(lesson)
        entries = (self.demo_view,) if self.demo_view is not None else (self.start_view, self.join_view)
        for view in (*entries, self.teacher_view, self.classroom_view, quiz, self.over_view):
            self.addWidget(view)
        quiz.summary.close_button.setText(self.tr("Back to the live lesson"))  # a pop-up quiz
        quiz.closed.connect(self._quiz_closed)
        self.over_view.back.connect(self._back)
        lesson.state_changed.connect(self._state_changed)
        lesson.quiz_pushed.connect(self._quiz_pushed)
        self._show()

    def _state_changed(self) -> None:
        running = self._lesson.state in RUNNING
        if running and not self._running:  # a new lesson
            self._done = False
            self.teacher_view.reset()
            self.classroom_view.reset()
        self._running = running
        self._show()

    def _show(self) -> None:
        if self.currentWidget() is self.quiz:
            return  # the pupil finishes first
        state = self._lesson.state
        if state in RUNNING:
            self.setCurrentWidget(self.teacher_view if self._lesson.is_teacher else self.classroom_view)
        elif state is LessonState.IDLE or self._done:
            self.setCurrentWidget(self._entry())
        else:
            self.over_view.refresh()
            self.setCurrentWidget(self.over_view)

    def _entry(self) -> QWidget:
        if self.demo_view is not None:
            return self.demo_view
        return self.start_view if self._teacher or self._lesson.is_teacher else self.join_view

    def _quiz_pushed(self, quiz: dict[str, Any]) -> None:
        if not self._lesson.is_teacher:
            self.quiz.begin(quiz)
            self.setCurrentWidget(self.quiz)

    def _quiz_closed(self) -> None:
        self.setCurrentWidget(self.classroom_view)
        self._show()

    def _back(self) -> None:
        self._done = True
        self._show()
