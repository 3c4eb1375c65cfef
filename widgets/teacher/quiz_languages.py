"""The languages a teacher writes a quiz in: the author's own and an optional second one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from widgets.teacher.content_text_edit import Writing

LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("language", "English"),
    "zh-TW": QT_TRANSLATE_NOOP("language", "Chinese (Taiwan)"),
}
"""The languages offered, by BCP 47 tag; a quiz written in another keeps it and shows its tag."""


def language_name(tag: str) -> str:
    return QCoreApplication.translate("language", str(LANGUAGES[tag])) if tag in LANGUAGES else tag


class QuizLanguages(QWidget):
    """ "Written in" and "Second language" choices; chosen(writing) when the teacher changes either."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Written in"))
        self.second = QComboBox()
        self.second.setAccessibleName(self.tr("Second language"))
        self.second.setToolTip(self.tr("Texts may carry the same words in a second language; pupils see both"))
        self.language.activated.connect(self._chosen)
        self.second.activated.connect(self._chosen)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Written in:")))
        row.addWidget(self.language)
        row.addWidget(QLabel(self.tr("Second language:")))
        row.addWidget(self.second)
        row.addStretch(1)
        self.show_writing(Writing("en"))

    def show_writing(self, writing: Writing) -> None:
        """Offer the usual languages and the quiz's own, with the quiz's chosen."""
        tags = list(dict.fromkeys([*LANGUAGES, writing.language, *filter(None, [writing.second])]))
        self.language.clear()
        self.second.clear()
        self.second.addItem(self.tr("None"), None)
        for tag in tags:
            self.language.addItem(language_name(tag), tag)
            self.second.addItem(language_name(tag), tag)
        self.language.setCurrentIndex(self.language.findData(writing.language))
        self.second.setCurrentIndex(max(0, self.second.findData(writing.second)))

    def writing(self) -> Writing:
        language = str(self.language.currentData())
        second = self.second.currentData()
        if second == language:
            second = None
        return Writing(language, second, language_name(second) if second else "")

    def _chosen(self) -> None:
        self.chosen.emit(self.writing())
