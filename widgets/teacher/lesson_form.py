"""The form of a lesson to publish or change: title, subject, grade, description, a video or sound file, a quiz."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.lesson_list import SUBJECTS, subject_name
from app.my_lesson_rows import grade_text
from app.my_lessons import MyLessons
from app.quiz_draft import has_text
from media.units import size_text
from protocol.http.library import LibraryLesson
from widgets.teacher.content_text_edit import ContentTextEdit, Writing
from widgets.teacher.quiz_editor import QuizEditor
from widgets.teacher.quiz_languages import QuizLanguages, language_name

MEDIA = "*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.wmv *.ts *.mpg *.mp3 *.m4a *.wav *.ogg"


class LessonForm(QDialog):
    """New lesson… (lesson None) or Edit… (the library's lesson, filled in); Publish hands the lesson (or only what
    changed) to My lessons, which uploads the file first and follows the hub's transcode."""

    def __init__(self, service: MyLessons, lesson: LibraryLesson | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._lesson = service, lesson
        self.setWindowTitle(self.tr("New lesson") if lesson is None else self.tr("Change the lesson"))
        self.resize(1000, 760)
        self.path: Path | None = None
        self._file_problem = ""
        self.languages = QuizLanguages()
        self.languages.chosen.connect(self._languages_chosen)
        self.title = ContentTextEdit(self.tr("The lesson's title"))
        self.description = ContentTextEdit(self.tr("What the lesson is about (optional)"))
        self.subject = QComboBox()
        self.subject.setEditable(True)
        self.subject.setAccessibleName(self.tr("Subject"))
        for key in SUBJECTS:
            self.subject.addItem(subject_name(key), key)
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Grade"))
        for grade in (None, *range(1, 13)):
            self.grade.addItem(grade_text(grade), grade)
        self.file_label = QLabel(self.tr("No file: the lesson has no video."))
        self.file_label.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Choose file…"))
        self.file_button.setToolTip(self.tr("A video or a sound recording; the hub makes it into the lesson format"))
        self.file_button.clicked.connect(self.choose_file)
        self.no_quiz = QRadioButton(self.tr("No quiz"))
        self.with_quiz = QRadioButton(self.tr("A quiz (write it below, or Import… a file)"))
        self.quiz = QuizEditor()
        self.quiz_box = QGroupBox(self.tr("The lesson's quiz"))
        QVBoxLayout(self.quiz_box).addWidget(self.quiz)
        self.no_quiz.toggled.connect(lambda: self.quiz_box.setVisible(self.with_quiz.isChecked()))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self._lay_out(cancel)
        self._fill(lesson)

    def _lay_out(self, cancel: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.languages)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Grade:"), self.grade)
        form.addRow(self.tr("Description:"), self.description)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)
        form.addRow(self.tr("Video or sound:"), file_row)
        quiz_row = QHBoxLayout()
        quiz_row.addWidget(self.no_quiz)
        quiz_row.addWidget(self.with_quiz)
        quiz_row.addStretch(1)
        form.addRow(self.tr("Quiz:"), quiz_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.quiz_box, 1)
        layout.addLayout(buttons)

    def _fill(self, lesson: LibraryLesson | None) -> None:
        title: dict[str, Any] = copy.deepcopy(lesson.title) if lesson else {"language": "en", "text": ""}
        description = copy.deepcopy(lesson.description) if lesson and lesson.description else None
        translation = title.get("translation")
        second = translation["language"] if translation else None
        writing = Writing(title["language"], second, language_name(second) if second else "")
        self.languages.show_writing(writing)
        self._title, self._description = title, description or {"language": title["language"], "text": ""}
        self._languages_chosen(writing)
        if lesson is not None:
            found = self.subject.findData(lesson.subject)
            if found < 0:
                self.subject.addItem(lesson.subject, lesson.subject)
                found = self.subject.count() - 1
            self.subject.setCurrentIndex(found)
            self.grade.setCurrentIndex(self.grade.findData(lesson.grade) if lesson.grade else 0)
            if lesson.video is not None:
                self.file_label.setText(
                    self.tr("The lesson's video ({size}); choose a file to replace it.").format(
                        size=size_text(lesson.video.size)
                    )
                )
        self.quiz.set_quiz(lesson.quiz if lesson else None)
        (self.with_quiz if lesson and lesson.quiz else self.no_quiz).setChecked(True)
        self.quiz_box.setVisible(self.with_quiz.isChecked())

    def _languages_chosen(self, writing: Writing) -> None:
        self.title.edit(self._title, writing)
        self.description.edit(self._description, writing)

    def choose_file(self) -> None:
        files = self.tr("Videos and sound ({files})").format(files=MEDIA)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a video or sound file"), str(Path.home()), files)
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Take path as the lesson's video; its size is shown, and the hub asked whether it takes so much."""
        self.path, self._file_problem = path, ""
        try:
            size = size_text(path.stat().st_size)
        except OSError as e:
            self.path = None
            self.problem.setText(self.tr("Cannot read {file}: {error}.").format(file=path, error=e.strerror or e))
            return
        self.file_label.setText(self.tr("{file} ({size})").format(file=path.name, size=size))
        self.problem.clear()
        self._service.check_file(path, lambda why: self._checked(path, why))

    def _checked(self, path: Path, why: str) -> None:
        if path == self.path:
            self._file_problem = why
            self.problem.setText(why)

    def _subject(self) -> str:
        typed = self.subject.currentText().strip()
        index = self.subject.findText(typed)
        return str(self.subject.itemData(index)) if index >= 0 else typed.lower()

    def fields(self) -> dict[str, Any]:
        """The lesson as NewLesson's JSON, without its upload."""
        description = self._description if has_text(self._description) else None
        return {
            "title": copy.deepcopy(self._title),
            "subject": self._subject(),
            "grade": self.grade.currentData(),
            "description": copy.deepcopy(description),
            "quiz": self.quiz.quiz() if self.with_quiz.isChecked() else None,
        }

    def publish(self) -> None:
        """Hand the lesson (or what changed) to My lessons and close; or say what it still needs."""
        problems = []
        if not has_text(self._title):
            problems.append(self.tr("Write the lesson's title."))
        if not self._subject():
            problems.append(self.tr("Choose or write the subject."))
        if self._file_problem:
            problems.append(self._file_problem)
        if self.with_quiz.isChecked() and self.quiz.ready_quiz(self.tr("The quiz is not ready:")) is None:
            problems.append(self.tr("Finish the quiz, or choose No quiz."))
        if problems:
            self.problem.setText("\n".join(problems))
            return
        fields = self.fields()
        if self._lesson is not None:
            old = self._lesson
            before = {"title": old.title, "subject": old.subject, "grade": old.grade}
            before |= {"description": old.description, "quiz": old.quiz}
            fields = {key: value for key, value in fields.items() if value != before[key]}
        self._service.publish(self._lesson.id if self._lesson else None, fields, self.path)
        self.accept()
