"""A quiz's results for the teacher: per pupil, per question, and a CSV export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.content import shown_text
from app.result_tables import PupilResultsModel
from app.results import ResultsService, per_question, write_csv
from widgets.common.saving import save_to


class ResultsView(QWidget):
    """Shows the results service's quiz; Refresh fetches again, Export writes a CSV file."""

    def __init__(self, results: ResultsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._quiz: dict[str, Any] | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pupils = QTableView()
        self.pupils.setModel(PupilResultsModel(results))
        self.pupils.verticalHeader().hide()
        self.pupils.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupils.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pupils.horizontalHeader().setStretchLastSection(True)
        self.pupils.setAccessibleName(self.tr("Results per pupil"))
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.setAccessibleName(self.tr("Results per question"))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Fetch the latest results from the hub (F5)"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        self.export = QPushButton(self.tr("Export to CSV…"))
        self.export.setToolTip(self.tr("Save every answer as a spreadsheet file that Excel opens"))
        self.export.clicked.connect(self._choose_export_file)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
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
        quiz, results = self._results.quiz, self._results.results
        self.export.setEnabled(bool(results))
        self.questions.clear()
        if quiz is None:
            self.status.setText(self.tr("Choose a lesson to see its quiz results."))
            return
        if self._results.problem:
            self.status.setText(self._results.problem)
            return
        pupils = self.pupils.model().rowCount()
        self.status.setText(
            self.tr("“{title}”: %n pupil(s) answered.", "", pupils).format(title=self._text(quiz["title"]))
        )
        for number, row in enumerate(per_question(results, quiz), 1):
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

    def export_to(self, path: Path) -> None:
        quiz = self._results.quiz
        assert quiz is not None
        save_to(path, lambda p: write_csv(p, self._results.results, quiz), self.status)

    def _choose_export_file(self) -> None:
        if self._results.quiz is None:
            return
        name = f"{self._text(self._results.quiz['title'])}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))
