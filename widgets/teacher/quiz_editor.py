"""The quiz editor: a quiz's title and languages, its questions in order, one question's form, preview, import.

Independent of where a quiz is kept: a host (the Teacher screen's quiz file dialog, My lessons) gives it a quiz with
set_quiz, takes it back with quiz() or ready_quiz(), and hears changed().
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.content import shown_text
from app.quiz_draft import (
    adopted,
    languages_of,
    new_question,
    new_quiz,
    question_problems,
    quiz_problems,
    set_languages,
    with_kind,
)
from app.quiz_files import import_quiz_file
from media.errors import ClassroomError
from widgets.common.names import kind_name
from widgets.teacher.content_text_edit import ContentTextEdit, Writing
from widgets.teacher.question_form import QuestionForm
from widgets.teacher.quiz_import_report import ImportReport
from widgets.teacher.quiz_languages import QuizLanguages, language_name
from widgets.teacher.quiz_preview import QuizPreview


class QuizEditor(QWidget):
    """Edits one quiz (schema Quiz); changed() after every change the teacher makes.

    A question that still needs something (its text, its right answer) says so beside it and in the list; Preview,
    and a host asking ready_quiz(), say what is missing instead of handing on a quiz pupils cannot take.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiz: dict[str, Any] = new_quiz("en")
        self.preview: QuizPreview | None = None
        self.report: ImportReport | None = None
        self.title = ContentTextEdit(self.tr("The quiz's title"))
        self.title.edited.connect(self._edited)
        self.languages = QuizLanguages()
        self.languages.chosen.connect(self._languages_chosen)
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setWordWrap(True)
        self.questions.currentRowChanged.connect(self._show_question)
        self.questions.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.questions.model().rowsMoved.connect(self._dragged)
        self.add_button = QPushButton(self.tr("Add a question"))
        self.add_button.setToolTip(self.tr("A new question after the chosen one (Ctrl+N)"))
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.add_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen question (Delete in the list)"))
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the chosen question up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the chosen question down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        for key, button in (
            ("Delete", self.remove_button),
            ("Ctrl+Up", self.up_button),
            ("Ctrl+Down", self.down_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self.questions)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(button.click)
        self.form = QuestionForm()
        self.form.edited.connect(self._question_edited)
        self.form.kind_chosen.connect(self._kind_chosen)
        self.form.failed.connect(self._say)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add the questions of a GIFT, Aiken or Moodle XML file"))
        self.import_button.clicked.connect(self.choose_import)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Take the quiz as a pupil sees it; the answers are not kept"))
        self.preview_button.clicked.connect(self.show_preview)
        self.status = QLabel()
        self.status.setObjectName("problem")
        self.status.setWordWrap(True)
        self._build(form_scroll)
        self.set_quiz(None)

    def _build(self, form_scroll: QScrollArea) -> None:
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.questions, 1)
        left.addLayout(list_buttons)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(form_scroll, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.preview_button)
        title = QHBoxLayout()
        title.addWidget(QLabel(self.tr("Title:")))
        title.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(self.languages)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

    # the host's side

    def set_quiz(self, quiz: dict[str, Any] | None) -> None:
        """Edit a copy of quiz (schema Quiz), or a new empty quiz in the language of the one before."""
        self._quiz = copy.deepcopy(quiz) if quiz is not None else new_quiz(self.writing().language)
        language, second = languages_of(self._quiz)
        self.languages.show_writing(Writing(language, second, language_name(second) if second else ""))
        self.title.edit(self._quiz["title"], self.writing())
        self._fill_list(0)
        self.status.clear()

    def quiz(self) -> dict[str, Any]:
        """The quiz as it stands (schema Quiz), questions that still need something included."""
        return copy.deepcopy(self._quiz)

    def problems(self) -> list[str]:
        """What the quiz needs before pupils can take it, each a sentence; empty when it is ready."""
        return quiz_problems(self._quiz)

    def ready_quiz(self, refusal: str) -> dict[str, Any] | None:
        """The quiz if pupils can take it; else None, and the editor shows refusal ("The quiz cannot be saved
        yet:") over the list of what the quiz still needs."""
        problems = self.problems()
        if not problems:
            self.status.clear()
            return self.quiz()
        self._say("\n".join([refusal, *problems]))
        return None

    def writing(self) -> Writing:
        return self.languages.writing()

    # the questions

    def _fill_list(self, row: int) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        for number in range(1, len(self._quiz["questions"]) + 1):
            self.questions.addItem("")
            self._show_list_item(number - 1)
        self.questions.blockSignals(False)
        count = len(self._quiz["questions"])
        self.questions.setCurrentRow(min(row, count - 1))
        self._show_question(self.questions.currentRow())

    def _show_list_item(self, row: int) -> None:
        question = self._quiz["questions"][row]
        text = shown_text(question["text"]) or self.tr("(no text yet)")
        line = self.tr("{number}. {text} · {kind}").format(number=row + 1, text=text, kind=kind_name(question["kind"]))
        if question_problems(question):
            line = self.tr("⚠ {question} · needs work").format(question=line)
        self.questions.item(row).setText(line)
        self.questions.doItemsLayout()  # a text grown by a line gets the height it needs

    def _show_question(self, row: int) -> None:
        has = 0 <= row < len(self._quiz["questions"])
        self.form.setVisible(has)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._quiz["questions"]) - 1)
        if has:
            self.form.edit(self._quiz["questions"][row], self.writing())

    def add_question(self) -> None:
        """A new single choice question after the chosen one (its kind changed in the form)."""
        questions = self._quiz["questions"]
        row = self.questions.currentRow() + 1 if questions else 0
        taken = {q["id"] for q in questions}
        questions.insert(row, new_question("single", self.writing().language, taken))
        self._fill_list(row)
        self.form.text.author.setFocus()
        self._edited()

    def remove_question(self) -> None:
        row = self.questions.currentRow()
        if 0 <= row < len(self._quiz["questions"]):
            del self._quiz["questions"][row]
            self._fill_list(row)
            self._edited()

    def move_question(self, step: int) -> None:
        """Move the chosen question up (-1) or down (1), keeping it chosen."""
        questions = self._quiz["questions"]
        row = self.questions.currentRow()
        if 0 <= row < len(questions) and 0 <= row + step < len(questions):
            questions[row], questions[row + step] = questions[row + step], questions[row]
            self._fill_list(row + step)
            self.questions.setFocus()
            self._edited()

    def _dragged(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        """The teacher dragged questions start..end in the list to before row: the quiz follows."""
        questions = self._quiz["questions"]
        moved = questions[start : end + 1]
        del questions[start : end + 1]
        at = row if row < start else row - len(moved)
        questions[at:at] = moved
        QTimer.singleShot(0, lambda: self._renumber(at))  # after the list has finished its drop

    def _renumber(self, row: int) -> None:
        self._fill_list(row)
        self._edited()

    def _kind_chosen(self, kind: str) -> None:
        row = self.questions.currentRow()
        self._quiz["questions"][row] = with_kind(self._quiz["questions"][row], kind, self.writing().language)
        self._show_question(row)
        self._question_edited()

    def _question_edited(self) -> None:
        row = self.questions.currentRow()
        if 0 <= row < len(self._quiz["questions"]):
            self._show_list_item(row)
        self._edited()

    def _languages_chosen(self, writing: Writing) -> None:
        set_languages(self._quiz, writing.language, writing.second)
        self.title.edit(self._quiz["title"], writing)
        self._show_question(self.questions.currentRow())
        self._edited()

    def _edited(self) -> None:
        self.status.clear()
        self.changed.emit()

    def _say(self, sentence: str) -> None:
        self.status.setText(sentence)

    # preview and import

    def show_preview(self) -> None:
        """The quiz in the pupils' own screens, in a window of its own; nothing the teacher answers is kept."""
        quiz = self.ready_quiz(self.tr("The quiz cannot be previewed yet:"))
        if quiz is None:
            return
        if self.preview is not None:
            self.preview.close()
        self.preview = QuizPreview(quiz, self)
        self.preview.open()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import questions"),
            str(Path.home()),
            ";;".join([self.tr("Quiz files (*.gift *.txt *.xml)"), self.tr("All files (*)")]),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Add the questions of a quiz file after the others and report what came in and what could not."""
        if self.report is not None:
            self.report.close()
        self.report = ImportReport(path.name, self)
        try:
            result = import_quiz_file(path, self.writing().language)
        except ClassroomError as e:
            self.report.show_failure(str(e))
            self.report.open()
            return
        questions = self._quiz["questions"]
        first = len(questions)
        questions.extend(adopted(result.questions, {q["id"] for q in questions}))
        if result.questions:
            self._fill_list(first)
            self._edited()
        self.report.show_result(path.name, result)
        self.report.open()
