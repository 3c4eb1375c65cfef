"""The quiz editor in a window of its own, keeping quizzes in files the teacher picks (JSON of schema Quiz)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.quiz_files import read_quiz_file, write_quiz_file
from media.errors import ClassroomError
from widgets.common.ask import ask
from widgets.common.saving import save_to
from widgets.teacher.quiz_editor import QuizEditor


class QuizFileWindow(QDialog):
    """New, Open… and Save… around a QuizEditor; a quiz pupils cannot take yet is not saved, and the editor says
    what it still needs. Changes not saved are never dropped without asking (a new quiz, another file, closing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quiz editor"))
        self.resize(1100, 720)
        self.path: Path | None = None
        self.unsaved = False
        """The teacher changed the quiz since it was opened or saved."""
        self.discard_question: QMessageBox | None = None
        self.editor = QuizEditor()
        self.new_button = QPushButton(self.tr("New quiz"))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setShortcut(QKeySequence("Ctrl+O"))
        self.open_button.setToolTip(self.tr("Open a quiz saved before (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose_open)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save the quiz as a file (Ctrl+S)"))
        self.save_button.clicked.connect(self.choose_save)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.editor, 1)
        self.editor.changed.connect(self._changed)

    def _changed(self) -> None:
        self.unsaved = True
        self.saved.clear()

    def edit(self, quiz: dict[str, Any] | None) -> None:
        """Edit quiz (None: a new one), once the teacher agrees to drop changes not saved; no file until saved."""
        self._after_asking(lambda: self._edit(quiz, None))

    def _edit(self, quiz: dict[str, Any] | None, path: Path | None) -> None:
        self.editor.set_quiz(quiz)
        self.path = path
        self.unsaved = False
        self.saved.clear()

    def _after_asking(self, then: Callable[[], object]) -> None:
        """then() now, or once the teacher agrees to drop the changes not saved."""
        if not self.unsaved:
            then()
            return
        if self.discard_question is not None:
            return  # asked already
        self.discard_question = ask(
            self,
            self.tr("Quiz editor"),
            self.tr("Drop the changes to this quiz?"),
            lambda drop: self._discard_answered(drop, then),
            self.tr("They are not saved. To keep them, choose Keep editing, then save the quiz."),
            self.tr("Drop the changes"),
            self.tr("Keep editing"),
        )

    def _discard_answered(self, drop: bool, then: Callable[[], object]) -> None:
        self.discard_question = None
        if drop:
            self.unsaved = False
            then()

    def reject(self) -> None:
        self.close()  # Esc too asks before changes not saved are dropped

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved:
            event.accept()
            return
        event.ignore()
        self._after_asking(self.close)

    def _files(self) -> str:
        return self.tr("O&O quizzes (*.json)")

    def choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a quiz"), str(Path.home()), self._files())
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        try:
            quiz = read_quiz_file(path)
        except ClassroomError as e:
            self.saved.setText(str(e))
            return
        self._after_asking(lambda: self._edit(quiz, path))

    def choose_save(self) -> None:
        if self.editor.ready_quiz(self.tr("The quiz cannot be saved yet:")) is None:
            return
        start = str(self.path or Path.home() / "quiz.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the quiz"), start, self._files())
        if path:
            self.save_file(Path(path))

    def save_file(self, path: Path) -> None:
        """Save the quiz to path if pupils can take it; else the editor says what it still needs."""
        quiz = self.editor.ready_quiz(self.tr("The quiz cannot be saved yet:"))
        if quiz is None:
            return

        def write(to: Path) -> None:
            write_quiz_file(to, quiz)
            self.path, self.unsaved = to, False

        save_to(path, write, self.saved)
