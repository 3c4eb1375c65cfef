"""A quiz's results for the teacher: per pupil (one pupil's answers open from there), per question, a CSV export."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.content import shown_text
from app.demo_names import shown_name
from app.result_tables import PupilResultsModel
from app.results import QuestionRow, ResultsService, per_question, pupil_answers, write_csv
from widgets.common.saving import save_to
from widgets.teacher.pupil_answers import PupilAnswers


class ResultsView(QWidget):
    """Shows the results service's quiz; Refresh fetches again, Show answers (or a double-click) opens one pupil's
    answers, Export writes a CSV file."""

    def __init__(self, results: ResultsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._quiz: dict[str, Any] | None = None
        self.answers: PupilAnswers | None = None
        """The pupil's answers last opened."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._model = PupilResultsModel(results)
        self.pupils = QTableView()
        self.pupils.setModel(self._model)
        self.pupils.verticalHeader().hide()
        self.pupils.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupils.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pupils.horizontalHeader().setStretchLastSection(True)
        self.pupils.setAccessibleName(self.tr("Results per pupil"))
        self.pupils.activated.connect(lambda index: self.open_answers(index.row()))
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.setAccessibleName(self.tr("Results per question"))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Fetch the latest results from the hub (F5)"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        self.show_answers = QPushButton(self.tr("Show answers"))
        self.show_answers.setToolTip(
            self.tr("Each question with the chosen pupil's answer and the right one (or double-click the pupil)")
        )
        self.show_answers.clicked.connect(lambda: self.open_answers(self.pupils.currentIndex().row()))
        self.pupils.selectionModel().selectionChanged.connect(self._selection_changed)
        self.export = QPushButton(self.tr("Export to CSV…"))
        self.export.setToolTip(self.tr("Save every answer as a spreadsheet file that Excel opens"))
        self.export.clicked.connect(self._choose_export_file)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(self.show_answers)
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.pupils, 3)
        layout.addWidget(QLabel(self.tr("Per question")))
        layout.addWidget(self.questions, 2)
        layout.addLayout(buttons)
        results.changed.connect(self._show)
        self._show()

    def _text(self, text: dict[str, str]) -> str:
        return shown_text(text)

    def show_quiz(self, quiz: dict[str, Any] | None) -> None:
        self._quiz = quiz
        if quiz is not None:
            self.refresh()

    @asyncSlot()
    async def refresh(self) -> None:
        if self._quiz is not None:
            self.status.setText(self.tr("Fetching results from the hub…"))
            await self._results.load(self._quiz)

    def _show(self) -> None:
        quiz, quizzes, results = self._results.quiz, self._results.quizzes, self._results.results
        pupils = self._model.rowCount()
        self.export.setEnabled(pupils > 0)
        self._selection_changed()
        self.questions.clear()
        if quiz is None or quizzes is None:
            self.status.setText(self.tr("Choose a lesson to see its quiz results."))
            return
        if self._results.problem:
            self.status.setText(self._results.problem)
            return
        answered = sum(1 for i in range(pupils) if self._model.row(i).answered)
        status = self.tr("“{title}”: {answered} of %n pupil(s) answered.", "", pupils).format(
            title=self._text(quiz["title"]), answered=answered
        )
        versions = len(quizzes.given(results))
        if versions > 1:  # the quiz was changed after some answered: each is judged against the version they had
            several = self.tr(
                "Answers from %n version(s) of this quiz: each is judged against the version its pupil was given.",
                "",
                versions,
            )
            status = self.tr("{answered} {versions}").format(answered=status, versions=several)
        self.status.setText(status)
        for version, rows in groupby(per_question(results, quizzes), key=lambda row: row.version):
            if versions > 1:
                heading = QListWidgetItem(self.tr("Version {version} of the quiz").format(version=version))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not chosen like a question
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.questions.addItem(heading)
            for number, row in enumerate(rows, 1):
                self._add_question(number, row)

    def _add_question(self, number: int, row: QuestionRow) -> None:
        """One question's line: how many answered it right, and how often each answer was chosen."""
        options = {o["id"]: self._text(o["text"]) for o in row.question.get("options", [])}
        options.update({"True": self.tr("True"), "False": self.tr("False")})
        chosen = self.tr(", ").join(
            self.tr("{answer}: {count}").format(answer=options.get(k, k), count=n)
            for k, n in sorted(row.chosen.items())
        )
        self.questions.addItem(
            self.tr("{number}. {text}\n    {right} of {answered} right · {chosen}").format(
                number=number,
                text=self._text(row.question["text"]),
                right=row.right,
                answered=row.answered,
                chosen=chosen or "–",
            )
        )

    def _selection_changed(self) -> None:
        self.show_answers.setEnabled(self.pupils.selectionModel().hasSelection())

    def open_answers(self, row: int) -> PupilAnswers | None:
        """Open the answers of the pupil in this row of the table (none with no row)."""
        quizzes = self._results.quizzes
        if quizzes is None or not 0 <= row < self._model.rowCount():
            return None
        pupil = self._model.row(row)
        marked = pupil_answers(self._results.results, quizzes, pupil.classroom, pupil.pupil)
        if self.answers is not None:
            self.answers.close()
            self.answers.deleteLater()
        self.answers = PupilAnswers(pupil.pupil, shown_name(pupil.classroom), marked, self)
        self.answers.open()
        return self.answers

    def export_to(self, path: Path) -> None:
        quizzes = self._results.quizzes
        assert quizzes is not None
        results, rosters = self._results.results, self._results.rosters
        save_to(path, lambda p: write_csv(p, results, quizzes, rosters), self.status)

    def _choose_export_file(self) -> None:
        if self._results.quiz is None:
            return
        name = f"{self._text(self._results.quiz['title'])}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))
