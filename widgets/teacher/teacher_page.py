"""The teacher's home: the lessons and what each lesson's quiz asks, with the answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.answer_words import right_answer_words
from app.catalog import Lesson
from app.content import shown_text
from app.lesson_list import STATE_COLUMN, LessonFilter
from app.my_lessons import MyLessons
from app.results import ResultsService
from widgets.common.lesson_table import LessonTable
from widgets.common.names import kind_name
from widgets.teacher.my_lessons_page import MyLessonsPage
from widgets.teacher.quiz_file_window import QuizFileWindow
from widgets.teacher.results_view import ResultsView


class TeacherPage(QWidget):
    """The lessons that have a quiz, with the chosen lesson's quiz and its results beside it; My lessons (the
    teacher's publishing) on a page beside."""

    def __init__(
        self, model: LessonFilter, results: ResultsService, my_lessons: MyLessons, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        model.show_only_with_quiz(True)
        self._lesson: Lesson | None = None
        heading = QLabel(self.tr("Lessons and quizzes"))
        heading.setObjectName("heading")
        self.table = LessonTable(model)
        self._quiz_title = QLabel()
        self._quiz_title.setObjectName("subheading")
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.setAccessibleName(self.tr("Quiz questions"))
        self.quiz_window: QuizFileWindow | None = None
        self.new_quiz_button = QPushButton(self.tr("New quiz…"))
        self.new_quiz_button.setToolTip(
            self.tr("Write a quiz in the quiz editor, or import one, and save it as a file")
        )
        self.new_quiz_button.clicked.connect(lambda: self.open_quiz_editor(None))
        self.edit_quiz_button = QPushButton(self.tr("Edit a copy of this quiz…"))
        self.edit_quiz_button.setToolTip(self.tr("Open this lesson's quiz in the quiz editor to save a changed copy"))
        self.edit_quiz_button.clicked.connect(
            lambda: self.open_quiz_editor(self._lesson.quiz if self._lesson else None)
        )
        editing = QHBoxLayout()
        editing.addWidget(self.new_quiz_button)
        editing.addWidget(self.edit_quiz_button)
        editing.addStretch(1)
        quiz_box = QWidget()
        quiz = QVBoxLayout(quiz_box)
        quiz.addWidget(self._quiz_title)
        quiz.addWidget(self.questions, 1)
        quiz.addLayout(editing)
        self.results = ResultsView(results)
        self.tabs = QTabWidget()
        self.tabs.addTab(quiz_box, self.tr("Quiz"))
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.setMinimumWidth(420)
        self.tabs.currentChanged.connect(lambda: self._load_results())
        row = QHBoxLayout()
        for column in (2, 3, STATE_COLUMN):  # the video's length, size and state matter to the classroom
            self.table.setColumnHidden(column, True)
        row.addWidget(self.table, 1)  # half the width: the lesson titles show whole
        row.addWidget(self.tabs, 1)
        lessons = QWidget()
        layout = QVBoxLayout(lessons)
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        self.my_lessons = MyLessonsPage(my_lessons)
        self.pages = QTabWidget()
        self.pages.addTab(lessons, self.tr("Lessons and quizzes"))
        self.pages.addTab(self.my_lessons, self.tr("My lessons"))
        QVBoxLayout(self).addWidget(self.pages)
        self.table.lesson_selected.connect(self._show_quiz)
        self._show_quiz(model.lesson(0) if model.rowCount() else None)

    def open_quiz_editor(self, quiz: dict[str, Any] | None) -> QuizFileWindow:
        """The quiz editor's window, editing quiz (None: a new one)."""
        if self.quiz_window is None:
            self.quiz_window = QuizFileWindow(self)
        self.quiz_window.edit(quiz)
        self.quiz_window.show()
        self.quiz_window.raise_()
        return self.quiz_window

    def _text(self, text: dict[str, str]) -> str:
        return shown_text(text)

    def _load_results(self) -> None:
        if self.tabs.currentWidget() is self.results:
            self.results.show_quiz(self._lesson.quiz if self._lesson else None)

    def _show_quiz(self, lesson: Lesson | None) -> None:
        self._lesson = lesson
        self._load_results()
        self.questions.clear()
        self.edit_quiz_button.setEnabled(lesson is not None and lesson.quiz is not None)
        if lesson is None or lesson.quiz is None:
            self._quiz_title.setText(self.tr("Choose a lesson to see its quiz."))
            return
        self._quiz_title.setText(self.tr("Quiz: {title}").format(title=self._text(lesson.quiz["title"])))
        for number, question in enumerate(lesson.quiz["questions"], 1):
            self.questions.addItem(
                self.tr("{number}. {text}\n    {kind} · answer: {answer}").format(
                    number=number,
                    text=self._text(question["text"]),
                    kind=kind_name(question["kind"]),
                    answer=right_answer_words(question, self.tr(", ")),
                )
            )
