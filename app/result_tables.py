"""Table models of quiz results for the screens: a quiz's results on the hub, one pupil's answers, and the answers
the hub refused."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.answer_words import answer_words, right_answer_words
from app.content import shown_text
from app.demo_names import shown_name
from app.quiz_session import Marked
from app.result_sync import ResultSync
from app.results import PupilRow, ResultsService, per_pupil
from app.set_aside import SetAsideAnswer, set_aside_answers


def local_time(utc_iso: str) -> str:
    """A hub timestamp in this PC's time zone, to the minute."""
    return datetime.fromisoformat(utc_iso).astimezone().strftime("%Y-%m-%d %H:%M") if utc_iso else ""


class PupilResultsModel(QAbstractTableModel):
    """One row per classroom and pupil, "not answered" for a pupil of a roster without answers: answered, right,
    when the last answer arrived."""

    def __init__(self, results: ResultsService) -> None:
        super().__init__()
        self._results = results
        self._rows: list[PupilRow] = []
        results.changed.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        quizzes = self._results.quizzes
        self._rows = per_pupil(self._results.results, quizzes, self._results.rosters) if quizzes else []
        self.endResetModel()

    def row(self, index: int) -> PupilRow:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Classroom"), self.tr("Pupil"), self.tr("Answered"), self.tr("Right"), self.tr("Arrived"))[
            section
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if not row.answered:
            return (shown_name(row.classroom), row.pupil, self.tr("not answered"), "", "")[index.column()]
        answered = f"{row.answered} / {row.out_of}"
        return (shown_name(row.classroom), row.pupil, answered, str(row.right), local_time(row.arrived))[index.column()]


class AnswersModel(QAbstractTableModel):
    """One pupil's answers: each question, the answer given in words, whether it is right, and the right answer."""

    def __init__(self, marked: list[Marked]) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str, str]] = []
        joiner = self.tr(", ")
        marks = {True: self.tr("✔ right"), False: self.tr("✘ wrong"), None: ""}
        for number, m in enumerate(marked, 1):
            question = self.tr("{number}. {text}").format(number=number, text=shown_text(m.question["text"]))
            answer = self.tr("not answered") if m.answer is None else answer_words(m.question, m.answer, joiner)
            self.rows.append((question, answer, marks[m.correct], right_answer_words(m.question, joiner)))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Question"), self.tr("Answer"), self.tr("Right"), self.tr("Right answer"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][index.column()]


class SetAsideModel(QAbstractTableModel):
    """The answers the hub refused, kept on this PC: pupil, quiz, question, answer, when, why."""

    def __init__(self, sync: ResultSync, db: sqlite_utils.Database) -> None:
        super().__init__()
        self._sync, self._db = sync, db
        self.answers: list[SetAsideAnswer] = []
        sync.state_changed.connect(self._reload)
        self._reload()

    def _reload(self) -> None:
        if self._sync.set_aside == len(self.answers):
            return  # answers are only ever added
        self.beginResetModel()
        self.answers = set_aside_answers(self._db)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.answers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Pupil"),
            self.tr("Quiz"),
            self.tr("Question"),
            self.tr("Answer"),
            self.tr("Answered"),
            self.tr("Why the hub refused it"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        a = self.answers[index.row()]
        answered = datetime.fromisoformat(a.answered_at).strftime("%Y-%m-%d %H:%M") if a.answered_at else ""
        return (a.pupil, a.quiz, a.question, a.answer, answered, a.reason)[index.column()]
