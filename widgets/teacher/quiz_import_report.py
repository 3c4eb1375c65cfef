"""What an import of a quiz file brought in: how many questions, and each one left out with why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from protocol.quiz_import import QuizImport, Skipped

REASONS = frozenset(
    (
        QT_TRANSLATE_NOOP("import reason", "a text with no answer to give; the project has no kind for it."),
        QT_TRANSLATE_NOOP(
            "import reason", "an answer in the pupil's own words cannot be marked; the project has no kind for it."
        ),
        QT_TRANSLATE_NOOP("import reason", "pairs to match; the project has no kind for them."),
        QT_TRANSLATE_NOOP("import reason", "the project has no kind for this type of question."),
        QT_TRANSLATE_NOOP("import reason", "no choice is worth any marks."),
        QT_TRANSLATE_NOOP("import reason", "no answer is worth 100%."),
        QT_TRANSLATE_NOOP("import reason", "an answer with the wildcard * cannot be marked by the project."),
    )
)
"""The reasons protocol/quiz_import gives for a question it leaves out, to be said in the user's language."""


def reason_words(reason: str) -> str:
    return QCoreApplication.translate("import reason", reason) if reason in REASONS else reason


class ImportReport(QDialog):
    """The heading says how many questions came in; the list names each question not imported and why, then what
    an imported question lost (a picture the project cannot show)."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import of {file}").format(file=file_name))
        self.resize(640, 400)
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out = QListWidget()
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(self.tr("Not imported"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.left_out, 1)
        layout.addWidget(buttons)

    def show_result(self, file_name: str, result: QuizImport) -> None:
        """What came in and what did not."""
        came = len(result.questions)
        heading = self.tr("%n question(s) of {file} added to the quiz.", "", came).format(file=file_name)
        if result.skipped:
            heading += "\n" + self.tr("%n question(s) could not be imported:", "", len(result.skipped))
        self.heading.setText(heading)
        for skipped in result.skipped:
            self.left_out.addItem(self._skipped_line(skipped))
        for note in result.notes:
            self.left_out.addItem(self.tr("Imported with a change: {note}").format(note=note))
        self.left_out.setVisible(self.left_out.count() > 0)

    def show_failure(self, sentence: str) -> None:
        """Why the file could not be read; nothing came in."""
        self.heading.setText(sentence)
        self.left_out.hide()

    def _skipped_line(self, skipped: Skipped) -> str:
        return self.tr("Question {number} ({name}), {kind}: {reason}").format(
            number=skipped.number, name=skipped.name, kind=skipped.kind, reason=reason_words(skipped.reason)
        )
