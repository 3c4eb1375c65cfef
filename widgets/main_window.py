"""The main window: a header with the hub's state, four entry points, one screen at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.screen_lock import ScreenLock
from widgets.about import show_about
from widgets.common.ask import ask
from widgets.common.errors import FailureBar
from widgets.common.hub_status import HubStatus
from widgets.common.pin_dialog import ask_pin
from widgets.live.live_page import LivePage
from widgets.setup.setup_page import SetupPage
from widgets.student.classroom_screen import ClassroomScreen
from widgets.teacher.teacher_page import TeacherPage


class MainWindow(QMainWindow):
    """Classroom, Teacher, IT setup and Live lesson as large buttons on the left; Ctrl+1..4 switch between them.

    On a locked classroom PC, Teacher and IT setup (quiz answers, this PC's settings) ask for the teacher/IT PIN.
    """

    closing = Signal()
    """The window is closing (nothing stopped it): the moment to remember where it was."""

    def __init__(
        self,
        status: HubStatus,
        classroom: ClassroomScreen,
        teacher: TeacherPage,
        setup: SetupPage,
        live: LivePage,
        lock: ScreenLock,
        busy: Callable[[], str] = lambda: "",
    ) -> None:
        """lock: this PC's teacher/IT lock; busy: what closing now would interrupt, in words ("" for nothing)."""
        super().__init__()
        self._busy = busy
        self._close_agreed = False
        self.close_question: QMessageBox | None = None
        self.pin_question: QDialog | None = None
        """The PIN asked for to open Teacher or IT setup, while it is open."""
        self.lock = lock
        self.setWindowTitle(self.tr("O&O Classroom"))
        self.status = status
        self.classroom, self.teacher, self.setup, self.live = classroom, teacher, setup, live
        self._pages = QStackedWidget()
        self._buttons = QButtonGroup(self)
        nav = QVBoxLayout()
        nav.setSpacing(8)
        title = QLabel(self.tr("O&O Classroom"))
        title.setObjectName("appTitle")
        nav.addWidget(title)
        icons = (
            QStyle.StandardPixmap.SP_DirHomeIcon,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_ComputerIcon,
            QStyle.StandardPixmap.SP_MediaPlay,
        )
        names = (self.tr("Classroom"), self.tr("Teacher"), self.tr("IT setup"), self.tr("Live lesson"))
        tips = (
            self.tr("Lessons for pupils on this PC"),
            self.tr("Lessons and quizzes for the teacher"),
            self.tr("Hub connection, data and logs of this PC"),
            self.tr("Teach or join a live lesson with other classrooms"),
        )
        for number, (page, icon, name, tip) in enumerate(
            zip((classroom, teacher, setup, live), icons, names, tips, strict=True)
        ):
            button = QToolButton()
            button.setText(name)
            button.setIcon(self.style().standardIcon(icon))
            button.setIconSize(QSize(32, 32))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            button.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            button.setToolTip(f"{tip} ({button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setAccessibleName(name)
            button.setMinimumSize(120, 72)
            self._buttons.addButton(button, number)
            nav.addWidget(button)
            self._pages.addWidget(page)
        self.lock_button = QPushButton()
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Back to the pupils' screens; Teacher and IT setup ask for the PIN again"))
        self.lock_button.clicked.connect(lock.lock)
        nav.addStretch(1)
        nav.addWidget(self.lock_button)
        self._buttons.idClicked.connect(self._go)
        self._buttons.button(0).setChecked(True)
        lock.locked_changed.connect(self._locked_changed)
        self._locked_changed()

        body = QHBoxLayout()
        body.addLayout(nav)
        body.addWidget(self._pages, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(status)
        self.failure = FailureBar()
        layout.addWidget(self.failure)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the desktop's Quit (Cmd+Q on a Mac)
        self.quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About O&&O Classroom"))
        self.about_action.triggered.connect(lambda: show_about(self))

    def close_now(self) -> None:
        """Close without asking (the system is shutting down, or a restart was asked for)."""
        self._close_agreed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks once when closing would interrupt something; the answer comes back by itself."""
        interrupted = "" if self._close_agreed else self._busy()
        if not interrupted:
            event.accept()
            self.closing.emit()
            return
        event.ignore()
        if self.close_question is not None:
            return  # asked already
        self.close_question = ask(
            self,
            self.tr("Close O&O Classroom?"),
            interrupted + "\n\n" + self.tr("Close O&O Classroom now?"),
            self._answered,
        )

    def _answered(self, close: bool) -> None:
        self.close_question = None
        if close:
            self.close_now()

    def bring_forward(self) -> None:
        """Show the window in front of the others (a second start of the app asks for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_classroom(self) -> None:
        self._show(self.classroom)

    def show_teacher(self) -> None:
        self._show(self.teacher)

    def show_setup(self) -> None:
        self._show(self.setup)

    def show_live(self) -> None:
        self._show(self.live)

    def showing(self) -> QWidget:
        """The screen shown now."""
        screen = self._pages.currentWidget()
        assert screen is not None  # there are four
        return screen

    def close_player(self) -> None:
        """Stop the lesson video if one plays (its threads and the sound device go first when closing)."""
        self.classroom.close_player()

    def lessons_listed(self) -> int:
        """How many lessons the Classroom screen lists now."""
        return self.classroom.lessons.table.model().rowCount()

    def _show(self, screen: QWidget) -> None:
        self._buttons.button(self._pages.indexOf(screen)).click()

    def _go(self, number: int) -> None:
        """Show screen number, unless it is the teacher's or IT staff's and the PC is locked: then ask for the PIN."""
        if not self.lock.locked or self._pages.widget(number) not in (self.teacher, self.setup):
            self._pages.setCurrentIndex(number)
            return
        self._buttons.button(self._pages.currentIndex()).setChecked(True)  # stays here until the PIN is right
        why = (
            self.tr("Teacher shows the quiz answers and results. Type the teacher's or IT staff's PIN to open it.")
            if number == self._pages.indexOf(self.teacher)
            else self.tr("IT setup changes this PC. Type the teacher's or IT staff's PIN to open it.")
        )
        self.pin_question = ask_pin(self.lock, why, lambda: self._buttons.button(number).click(), self)
        self.pin_question.finished.connect(self._pin_answered)

    def _pin_answered(self) -> None:
        self.pin_question = None

    def _locked_changed(self) -> None:
        """Locked again (idle, or Lock pressed): back to the pupils' screen, and no question left open over it."""
        self.lock_button.setVisible(self.lock.guarded and not self.lock.locked)
        if not self.lock.locked:
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.close_question:
                dialog.reject()
        if self.showing() in (self.teacher, self.setup):
            self.show_classroom()
