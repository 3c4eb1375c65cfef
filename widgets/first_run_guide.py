"""The short guide on a PC's first start: what the PC is for, which hub it uses, its devices."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.config import DeviceSettings, load, parse_value
from app.errors import ConfigError
from app.first_run import FirstRunAnswers, keep
from app.settings import Settings
from widgets.common.errors import show_error
from widgets.setup.devices_panel import DevicesPanel

logger = logging.getLogger(__name__)


def _choice(text: str, details: str, group: QButtonGroup, layout: QVBoxLayout) -> QRadioButton:
    button = QRadioButton(text)
    group.addButton(button)
    note = QLabel(details)
    note.setWordWrap(True)
    note.setIndent(24)
    layout.addWidget(button)
    layout.addWidget(note)
    return button


class RolePage(QWizardPage):
    def __init__(self, answers: FirstRunAnswers) -> None:
        super().__init__()
        self._answers = answers
        self.setTitle(self.tr("What is this PC for?"))
        layout = QVBoxLayout(self)
        group = QButtonGroup(self)
        self.classroom = _choice(
            self.tr("A classroom's PC"),
            self.tr("Pupils watch lesson videos, take quizzes and join live lessons."),
            group,
            layout,
        )
        self.teacher = _choice(
            self.tr("A teacher's PC"),
            self.tr("The teacher teaches live lessons to other schools and reads quiz results."),
            group,
            layout,
        )
        self.classroom.setChecked(True)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        self._answers.role = "teacher" if self.teacher.isChecked() else "classroom"
        return True


class HubPage(QWizardPage):
    def __init__(self, answers: FirstRunAnswers) -> None:
        super().__init__()
        self._answers = answers
        self.setTitle(self.tr("Which hub does this PC use?"))
        self.setSubTitle(self.tr("The school's IT staff know the hub's address, or have a settings file for it."))
        layout = QVBoxLayout(self)
        group = QButtonGroup(self)
        self.typed = QRadioButton(self.tr("Type the hub's address and this PC's token"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://hub.school.example:8750")
        self.url.setAccessibleName(self.tr("Hub address"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Token"))
        form = QFormLayout()
        form.addRow(self.tr("Hub address:"), self.url)
        form.addRow(self.tr("Token:"), self.token)
        self.file_choice = QRadioButton(self.tr("Use a settings file from the IT staff"))
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Settings file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.later = QRadioButton(
            self.tr("Later, on IT setup (lesson videos and quizzes on this PC work without a hub)")
        )
        for button in (self.typed, self.file_choice, self.later):
            group.addButton(button)
        self.typed.setChecked(True)
        self.url.textEdited.connect(lambda: self.typed.setChecked(True))
        self.file.textEdited.connect(lambda: self.file_choice.setChecked(True))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.typed)
        layout.addLayout(form)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addWidget(self.later)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Settings file"), str(Path.home()), "TOML (*.toml)")
        if path:
            self.file.setText(path)
            self.file_choice.setChecked(True)

    def validatePage(self) -> bool:
        """Stay on the page with the reason when what was given cannot be used."""
        answers = self._answers
        answers.url, answers.token, answers.provisioning = "", "", None
        try:
            if self.typed.isChecked():
                answers.url = parse_value("hub", "url", self.url.text())
                answers.token = self.token.text().strip()
            elif self.file_choice.isChecked():
                path = Path(self.file.text().strip()).expanduser()
                load(path)  # every mistake with its line, or nothing
                answers.provisioning = path
        except (ValueError, ConfigError) as e:
            self.problem.setText(str(e))
            return False
        self.problem.clear()
        return True


class DevicesPage(QWizardPage):
    def __init__(self, answers: FirstRunAnswers) -> None:
        super().__init__()
        self.setTitle(self.tr("Do the camera, microphone and speakers work?"))
        self.setSubTitle(self.tr("Look at the picture, speak to see the meter move, and play the test sound."))
        self.panel = DevicesPanel(DeviceSettings(), answers.devices.update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)


class FirstRunGuide(QWizard):
    """Three steps; what they found is in `answers` once the guide is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answers = FirstRunAnswers()
        self.setWindowTitle(self.tr("Setting up O&O Classroom"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        for page in (RolePage(self.answers), HubPage(self.answers), DevicesPage(self.answers)):
            self.addPage(page)
        self.resize(900, 640)


async def guide(settings: Settings) -> Settings:
    """The first-start guide; the settings to start with (unchanged if it was closed)."""
    logger.info("first start on this PC: showing the guide")
    guide = FirstRunGuide()
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    guide.finished.connect(finished)
    guide.show()
    if await done != QDialog.DialogCode.Accepted.value:
        logger.info("the guide was closed; IT setup has the same settings")
        return settings
    try:
        return keep(settings, guide.answers)
    except ConfigError as e:
        show_error(None, str(e))
        return settings
