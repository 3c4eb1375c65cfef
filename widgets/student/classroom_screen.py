"""The Classroom entry point: the lessons, and in their place a lesson's quiz or its video."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.catalog import Lesson
from app.errors import ClassroomError
from app.viewing import Viewing, Viewings
from widgets.student.classroom_page import ClassroomPage
from widgets.student.player_page import PlayerPage
from widgets.student.quiz_page import QuizPage


class ClassroomScreen(QStackedWidget):
    """Switches between the lesson list, the quiz flow and the player."""

    def __init__(
        self, lessons: ClassroomPage, quiz: QuizPage, viewings: Viewings, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lessons = lessons
        self.quiz = quiz
        self.player_page: PlayerPage | None = None
        self._viewings = viewings
        self._viewing: Viewing | None = None
        self._language = language
        self.addWidget(lessons)
        self.addWidget(quiz)
        lessons.quiz_requested.connect(self._open_quiz)
        lessons.watch_requested.connect(self.watch)
        quiz.closed.connect(lambda: self.setCurrentWidget(lessons))

    def _open_quiz(self, quiz: dict[str, object]) -> None:
        self.quiz.begin(quiz)
        self.setCurrentWidget(self.quiz)

    def watch(self, lesson: Lesson) -> None:
        self.close_player()
        try:
            viewing = self._viewings.open(lesson.video["id"], lesson.id)
        except ClassroomError as e:
            self.lessons.problem.setText(str(e))
            return
        page = PlayerPage(viewing.player, lesson.title_in(self._language), viewing.start)
        page.position_to_save.connect(lambda seconds: self._viewings.save_position(viewing.video_id, seconds))
        page.back_requested.connect(self.close_player)
        self._viewing, self.player_page = viewing, page
        self.addWidget(page)
        self.setCurrentWidget(page)

    def close_player(self) -> None:
        """Back to the lessons; the page saves where the video was left as it hides."""
        if self.player_page is None or self._viewing is None:
            return
        self.setCurrentWidget(self.lessons)
        self.removeWidget(self.player_page)
        self._viewing.close()
        self.player_page.deleteLater()
        self.player_page, self._viewing = None, None
