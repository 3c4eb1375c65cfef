"""The Classroom entry point: the lessons, and in their place a lesson's quiz or its video."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.catalog import CatalogService, Lesson
from app.content import shown_text
from app.viewing import Viewing, Viewings
from media.errors import ClassroomError
from widgets.student.classroom_page import ClassroomPage
from widgets.student.player_page import PlayerPage
from widgets.student.pupil_picker import PupilPicker
from widgets.student.quiz_page import QuizPage


class ClassroomScreen(QStackedWidget):
    """Switches between the lesson list, the quiz flow and the player."""

    def __init__(
        self,
        lessons: ClassroomPage,
        quiz: QuizPage,
        viewings: Viewings,
        catalog: CatalogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lessons = lessons
        self.quiz = quiz
        self.viewer_picker = PupilPicker()
        self.player_page: PlayerPage | None = None
        self._viewings = viewings
        self._catalog = catalog
        self._lesson: Lesson | None = None
        self._viewing: Viewing | None = None
        self.addWidget(lessons)
        self.addWidget(quiz)
        self.addWidget(self.viewer_picker)
        lessons.quiz_requested.connect(self._open_quiz)
        lessons.watch_requested.connect(self._ask_who)
        quiz.closed.connect(lambda: self.setCurrentWidget(lessons))
        self.viewer_picker.back.connect(lambda: self.setCurrentWidget(lessons))
        self.viewer_picker.picked.connect(self._watch_as)

    def _open_quiz(self, quiz: dict[str, object]) -> None:
        self.quiz.begin(quiz)
        self.setCurrentWidget(self.quiz)

    def _ask_who(self, lesson: Lesson) -> None:
        """Each pupil (or the whole class) continues from where they stopped."""
        self._lesson = lesson
        title = shown_text(lesson.title)
        self.viewer_picker.show_roster(
            self.tr("Who is watching “{title}”?").format(title=title), self._catalog.roster, whole_class=True
        )
        self.setCurrentWidget(self.viewer_picker)

    def _watch_as(self, viewer: str) -> None:
        if self._lesson is not None:
            self.watch(self._lesson, viewer)

    def watch(self, lesson: Lesson, viewer: str) -> None:
        """Play the lesson's video for viewer ("" for the whole class); a lesson without a video has nothing to play."""
        if lesson.video_id is None:
            return
        self.close_player()
        try:
            viewing = self._viewings.open(lesson.video_id, lesson.id, viewer, lesson.duration)
        except ClassroomError as e:
            self.lessons.problem.setText(str(e))
            self.setCurrentWidget(self.lessons)
            return
        page = PlayerPage(
            viewing.player,
            shown_text(lesson.title),
            viewing.start,
            lambda needed: self._viewings.seconds_until(viewing, needed),
        )
        page.position_to_save.connect(lambda seconds: self._viewings.save_position(viewing, seconds))
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
