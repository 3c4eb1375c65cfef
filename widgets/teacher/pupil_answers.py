"""One pupil's answers to a quiz, opened from the results: each question, the answer, right or not, the right one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.quiz_session import Marked
from app.result_tables import AnswersModel


class PupilAnswers(QDialog):
    """A window over the results; Close (or Esc) closes it."""

    def __init__(self, pupil: str, classroom: str, marked: list[Marked], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers of {pupil}").format(pupil=pupil))
        right = sum(m.correct is True for m in marked)
        self.heading = QLabel(
            self.tr("{pupil} ({classroom}): {right} of {total} right").format(
                pupil=pupil, classroom=classroom, right=right, total=len(marked)
            )
        )
        self.heading.setObjectName("subheading")
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(AnswersModel(marked))
        self.table.setAccessibleName(self.tr("Each question with the pupil's answer and the right one"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
